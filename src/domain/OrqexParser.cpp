#include "domain/OrqexParser.h"
