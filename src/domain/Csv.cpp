#include "domain/Csv.h"

#include <QRegularExpression>

namespace Paydesk {

namespace {

bool isPlainNumber(const QString &cell) {
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return number.match(cell).hasMatch();
}

bool startsLikeAFormula(const QString &cell) {
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(const QString &cell) {
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

QString spreadsheetSafeCell(const QString &cell) {
    if (startsLikeAFormula(cell) && !isPlainNumber(cell))
        return u'\'' + cell;
    return cell;
}

QByteArray csvRecord(const QStringList &cells) {
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        QString cell = spreadsheetSafeCell(cells.at(i));
        if (needsQuotes(cell)) {
            cell.replace(u'"', QStringLiteral("\"\""));
            line += u'"' + cell + u'"';
        } else {
            line += cell;
        }
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

QString tabSeparatedLine(const QStringList &cells) {
    static const QRegularExpression breaks(QStringLiteral("[\\t\\r\\n]"));
    QStringList safe;
    safe.reserve(cells.size());
    for (const QString &cell : cells)
        safe << QString(spreadsheetSafeCell(cell)).replace(breaks, QStringLiteral(" "));
    return safe.join(u'\t') + u'\n';
}

} // namespace Paydesk
