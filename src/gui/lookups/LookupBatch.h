#pragma once

#include <QCoreApplication>
#include <QString>

namespace Paydesk {

// The lookups running together: those of one paste (or link, or "Look up all") and any
// started before they had all finished. Counts what became of each, so the window can show
// progress while they run and a summary when the last one ends.
class LookupBatch {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::LookupBatch)

public:
    enum class Outcome { Found, Failed, Canceled };

    void started() { ++m_total; }
    // An input left out because the same checkout was already asked for.
    void skippedDuplicate() { ++m_duplicates; }
    void finished(Outcome outcome);
    void reset() { *this = LookupBatch(); }

    int total() const { return m_total; }
    int done() const { return m_found + m_failed + m_canceled; }
    int found() const { return m_found; }
    int failed() const { return m_failed; }
    int canceled() const { return m_canceled; }
    int duplicates() const { return m_duplicates; }
    bool isEmpty() const { return m_total == 0 && m_duplicates == 0; }

    // "12 of 50"
    QString progressText() const;
    // "10 found, 2 failed"
    QString countsText() const;
    // "50 lookups: 45 found, 5 failed. 3 duplicates left out."
    QString summaryText() const;

private:
    int m_total = 0;
    int m_found = 0;
    int m_failed = 0;
    int m_canceled = 0;
    int m_duplicates = 0;
};

} // namespace Paydesk
