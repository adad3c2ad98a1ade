#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace RelayDesk {

/// A value or a message saying, in plain words, why there is none (a small stand-in for C++23 std::expected).
template <typename T> class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    static Expected failure(QString error)
    {
        Expected result;
        result.m_error = std::move(error);
        return result;
    }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const QString& error() const { return m_error; }

private:
    Expected() = default;
    std::optional<T> m_value;
    QString m_error;
};

/// Success or an error message, for operations that return nothing.
class Status
{
public:
    Status() = default;
    static Status failure(QString error)
    {
        Status s;
        s.m_error = std::move(error);
        s.m_failed = true;
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace RelayDesk
