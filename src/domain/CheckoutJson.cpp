#include "domain/CheckoutJson.h"
