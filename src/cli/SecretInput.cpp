#include "cli/SecretInput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::SecretInput)
};

// Turns terminal echo off for as long as it lives.
class EchoOff {
public:
    EchoOff() {
        if (tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios silent = m_saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
    }
    ~EchoOff() {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

QByteArray readFromTerminal(const QString &prompt) {
    std::cerr << prompt.toLocal8Bit().constData() << std::flush;
    std::string line;
    {
        EchoOff echoOff;
        std::getline(std::cin, line);
    }
    std::cerr << std::endl;
    return QByteArray::fromStdString(line);
}

QByteArray readAll() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

} // namespace

std::optional<QString> readSecretFromStandardInput(const QString &prompt, QString *error) {
    QByteArray bytes = isatty(STDIN_FILENO) ? readFromTerminal(prompt) : readAll();
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    const QString key = QString::fromUtf8(bytes);
    bytes.fill('\0');
    if (key.isEmpty()) {
        *error = Text::tr("The secret key is empty: give it on standard input.");
        return std::nullopt;
    }
    if (key.contains(u'\n') || key.contains(u'\r')) {
        *error = Text::tr("The secret key must be a single line.");
        return std::nullopt;
    }
    return key;
}

} // namespace Paydesk
