#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace Paydesk {

// The bytes of a secret key while Paydesk holds them: one fixed buffer that is never copied
// behind the caller's back (no implicit sharing, no reallocation), kept out of swap when the
// system allows it, and wiped when it is cleared or destroyed.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(qsizetype capacity);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {m_data.get(), m_size}; }

    // False, and nothing added, when the buffer is full.
    bool append(char byte);
    // Drops the last `count` bytes (wiping them).
    void chop(qsizetype count);
    // Wipes every byte and leaves it empty, with its capacity.
    void clear();

private:
    void release();

    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

// Overwrites the characters of `text` with zeros when this is its only copy, and empties it.
// For the short-lived QString copies a key passes through on its way to an API that wants one.
void wipe(QString &text);
void wipe(QByteArray &bytes);

} // namespace Paydesk
