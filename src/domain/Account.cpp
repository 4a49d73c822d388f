#include "domain/Account.h"
