#include "cli/LookupInputs.h"

#include "providers/CheckoutId.h"

namespace Paydesk {

namespace {

const QString standardInputArgument = QStringLiteral("-");

} // namespace

bool readsStandardInput(const QStringList &arguments, bool standardInputIsTerminal) {
    return arguments.contains(standardInputArgument)
           || (arguments.isEmpty() && !standardInputIsTerminal);
}

QStringList withStandardInputIds(const QStringList &arguments, const QString &standardInput) {
    QString text = standardInput;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList entries = splitCheckoutInputs(text);
    if (!arguments.contains(standardInputArgument))
        return arguments.isEmpty() ? entries : arguments;
    QStringList inputs;
    bool read = false;
    for (const QString &argument : arguments) {
        if (argument != standardInputArgument)
            inputs << argument;
        else if (!read)
            inputs << entries;
        read = read || argument == standardInputArgument;
    }
    return inputs;
}

} // namespace Paydesk
