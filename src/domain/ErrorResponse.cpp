#include "domain/ErrorResponse.h"
