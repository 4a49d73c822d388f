#include "gui/lookups/StatusBadge.h"

#include <QCoreApplication>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::StatusBadge)
};

} // namespace

StatusBadge statusBadge(const LookupEntry &entry) {
    switch (entry.state) {
    case LookupEntry::State::Loading:
        return {{Text::tr("Loading…"), Tone::Neutral, ToneWeight::Tint}, 0};
    case LookupEntry::State::Failed:
        return {{errorKindText(entry.error.kind), Tone::Danger, ToneWeight::Tint}, 1};
    case LookupEntry::State::Found:
        break;
    }
    const CheckoutStatus status = entry.checkout ? entry.checkout->status : CheckoutStatus::Unknown;
    return {statusStyle(status), 2 + static_cast<int>(status)};
}

} // namespace Paydesk
