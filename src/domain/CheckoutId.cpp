#include "domain/CheckoutId.h"
