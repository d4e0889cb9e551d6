#pragma once
// Result<T>: a value or an Error, used instead of exceptions across every Botwright API.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bw {

/// What went wrong, in words a user can read, plus the protocol details for code that reacts to it.
struct Error
{
    enum class Kind {
        Generic,
        InvalidInput, // bad JSON, failed validation, unknown name
        NotFound, // unknown channel, message, profile...
        Io, // disk, database
        Network, // connection refused, reset, timeout
        Http, // a non-2xx HTTP answer (httpStatus, discordCode set)
        RateLimited, // 429 that could not be waited out
        Unauthorized, // bad token
        Unavailable, // a service (keychain, gateway) is not there
        Cancelled,
        Timeout,
    };

    Kind kind = Kind::Generic;
    QString message; // one readable sentence
    int httpStatus = 0; // HTTP status when kind == Http/RateLimited/Unauthorized
    int discordCode = 0; // Discord JSON error code, 0 when none
    double retryAfter = 0; // seconds, for RateLimited
    QString details; // flattened Discord errors tree or other detail, may be empty

    static Error make(Kind kind, QString message)
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        return e;
    }

    /// Message plus details on one line, for logs and status bars.
    QString toString() const
    {
        return details.isEmpty() ? message : message + QStringLiteral(": ") + details;
    }
};

template<typename T> class [[nodiscard]] Result
{
public:
    /// An empty result (an Error saying so); QCoro::Task<T> needs T to be default-constructible.
    Result() : m_data(std::in_place_index<1>, Error::make(Error::Kind::Generic, QStringLiteral("No result")))
    { }
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T valueOr(T fallback) const { return ok() ? std::get<0>(m_data) : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_data); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace bw
