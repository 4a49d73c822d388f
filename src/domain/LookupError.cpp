#include "domain/LookupError.h"
