#include "cli/SecretInput.h"

#include "cli/StandardInput.h"
#include "domain/SecretKeyRules.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>

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

} // namespace

std::optional<SecretBytes> readSecretFromStandardInput(const QString &prompt, QString *error) {
    SecretBytes key(secretInputLimit);
    InputStatus status = InputStatus::Ok;
    if (isatty(STDIN_FILENO)) {
        std::cerr << prompt.toLocal8Bit().constData() << std::flush;
        {
            EchoOff echoOff;
            status = readStandardInput(key, InputEnd::Line);
        }
        std::cerr << std::endl;
    } else {
        status = readStandardInput(key, InputEnd::EndOfFile);
    }
    if (status == InputStatus::TooLong) {
        *error = Text::tr("Standard input holds more than %1 bytes: a secret key has at most %2 "
                          "characters.")
                     .arg(secretInputLimit)
                     .arg(maximumSecretKeyLength);
        return std::nullopt;
    }
    if (status == InputStatus::Unreadable) {
        *error = Text::tr("Standard input could not be read.");
        return std::nullopt;
    }
    if (key.view().endsWith("\r\n"))
        key.chop(2);
    else if (key.view().endsWith('\n'))
        key.chop(1);
    if (key.isEmpty()) {
        *error = Text::tr("The secret key is empty: give it on standard input.");
        return std::nullopt;
    }
    if (key.view().contains('\n') || key.view().contains('\r')) {
        *error = Text::tr("The secret key must be a single line.");
        return std::nullopt;
    }
    if (auto problem = secretKeyProblem(key.view())) {
        *error = *problem;
        return std::nullopt;
    }
    return key;
}

} // namespace Paydesk
