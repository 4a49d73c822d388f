#include "gui/lookups/LookupBatch.h"

#include <QStringList>

namespace Paydesk {

void LookupBatch::finished(Outcome outcome) {
    switch (outcome) {
    case Outcome::Found:
        ++m_found;
        break;
    case Outcome::Failed:
        ++m_failed;
        break;
    case Outcome::Canceled:
        ++m_canceled;
        break;
    }
}

QString LookupBatch::progressText() const {
    return tr("%1 of %2").arg(done()).arg(m_total);
}

QString LookupBatch::countsText() const {
    QStringList parts{tr("%n found", nullptr, m_found), tr("%n failed", nullptr, m_failed)};
    if (m_canceled > 0)
        parts << tr("%n canceled", nullptr, m_canceled);
    return parts.join(tr(", "));
}

QString LookupBatch::summaryText() const {
    QString text = tr("%n lookup(s): %1.", nullptr, m_total).arg(countsText());
    if (m_duplicates > 0)
        text += u' ' + tr("%n duplicate(s) left out.", nullptr, m_duplicates);
    return text;
}

} // namespace Paydesk
