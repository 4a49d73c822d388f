#include "domain/SecretBytes.h"

#include <string.h>
#include <sys/mman.h>

#include <utility>

namespace Paydesk {

namespace {

// A wipe the compiler may not remove as a dead store.
void zero(void *data, size_t size) {
    if (data && size > 0)
        explicit_bzero(data, size);
}

} // namespace

SecretBytes::SecretBytes(qsizetype capacity)
    : m_data(std::make_unique<char[]>(size_t(capacity)))
    , m_capacity(capacity) {
    // Best effort: a process without the right to lock memory still works.
    mlock(m_data.get(), size_t(m_capacity));
}

SecretBytes::~SecretBytes() {
    release();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0)) {}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept {
    if (this != &other) {
        release();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

bool SecretBytes::append(char byte) {
    if (m_size >= m_capacity)
        return false;
    m_data[size_t(m_size++)] = byte;
    return true;
}

void SecretBytes::chop(qsizetype count) {
    const qsizetype dropped = qBound(qsizetype(0), count, m_size);
    zero(m_data.get() + (m_size - dropped), size_t(dropped));
    m_size -= dropped;
}

void SecretBytes::clear() {
    zero(m_data.get(), size_t(m_capacity));
    m_size = 0;
}

void SecretBytes::release() {
    if (!m_data)
        return;
    clear();
    munlock(m_data.get(), size_t(m_capacity));
    m_data.reset();
    m_capacity = 0;
}

void wipe(QString &text) {
    // Writing through a shared copy would change the other holders' text, and detaching would
    // make one more copy: only the sole owner wipes.
    if (text.isDetached())
        zero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.truncate(0); // keeps the (now zeroed) buffer until the string dies
}

void wipe(QByteArray &bytes) {
    if (bytes.isDetached())
        zero(bytes.data(), size_t(bytes.size()));
    bytes.truncate(0);
}

} // namespace Paydesk
