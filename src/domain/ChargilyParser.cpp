#include "domain/ChargilyParser.h"
