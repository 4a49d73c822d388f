#pragma once

#include "domain/Checkout.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace Paydesk {

// GET /checkouts/{id}: the bare checkout object.
Result<Checkout> parseChargilyCheckout(const QByteArray &body);

// GET /customers/{id}.
Result<Customer> parseChargilyCustomer(const QByteArray &body);

struct ChargilyItemsPage {
    QList<CheckoutItem> items;
    int currentPage = 1;
    int lastPage = 1;
    QUrl nextPageUrl; // empty on the last page
};

// GET /checkouts/{id}/items (Laravel paging).
Result<ChargilyItemsPage> parseChargilyItems(const QByteArray &body);

} // namespace Paydesk
