#include "domain/Money.h"
