#pragma once

#include <QCoreApplication>
#include <QString>

namespace grove {

// What kind of failure an operation met. The CLI maps BadInput to exit status 2 and
// everything else to 1; the GUI picks the tone of its message bar from it.
enum class ErrorKind {
    BadInput,  // the user's file, name, option or expression is wrong
    NotFound,  // a named dataset, run or file does not exist
    Conflict,  // the operation collides with existing state (name taken, in use)
    Io,        // the disk or the database failed
    Cancelled, // the user asked to stop
    Internal,  // a bug or an unexpected library failure
};

// A failure described for a user: what happened, where (file, line, column), and what to do.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;  // one or two sentences, complete, fit to show as is
    QString file;     // the file concerned, when there is one
    qint64 line = 0;  // 1-based; 0 when not applicable
    qint64 column = 0;// 1-based; 0 when not applicable

    static Error make(ErrorKind kind, QString message)
    {
        Error error;
        error.kind = kind;
        error.message = std::move(message);
        return error;
    }
    static Error badInput(QString message) { return make(ErrorKind::BadInput, std::move(message)); }
    static Error notFound(QString message) { return make(ErrorKind::NotFound, std::move(message)); }
    static Error conflict(QString message) { return make(ErrorKind::Conflict, std::move(message)); }
    static Error io(QString message) { return make(ErrorKind::Io, std::move(message)); }
    static Error internal(QString message) { return make(ErrorKind::Internal, std::move(message)); }
    static Error cancelled();

    // "file:line:column: message" when a location is known, else the message alone.
    QString toString() const;

    bool isCancelled() const { return kind == ErrorKind::Cancelled; }
};

} // namespace grove
