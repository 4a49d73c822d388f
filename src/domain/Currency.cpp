#include "domain/Currency.h"
