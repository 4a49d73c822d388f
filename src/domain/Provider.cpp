#include "domain/Provider.h"
