#include "domain/CheckoutStatus.h"
