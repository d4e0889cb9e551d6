#include "app/LogOutput.h"

#include "core/Redact.h"

#include <QMutex>
#include <QStringList>

namespace bw::app {

namespace {

std::FILE *g_stream = nullptr;
QMutex g_mutex;
QStringList g_secrets;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_mutex);
    if (!g_stream)
        return;
    // Only the message is redacted: the category "botwright.bot" followed by the level would look like
    // an "Authorization: Bot ..." header to the generic patterns.
    QString text = redactText(message);
    for (const QString &secret : std::as_const(g_secrets))
        text.replace(secret, kRedacted);
    const QString line = qFormatLogMessage(type, context, text);
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), g_stream);
    std::fputc('\n', g_stream);
    std::fflush(g_stream); // journald and `tail -f` see each line at once
}

} // namespace

void LogOutput::install(std::FILE *stream)
{
    {
        QMutexLocker lock(&g_mutex);
        g_stream = stream;
    }
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} "
                       "%{if-debug}debug%{endif}%{if-info}info%{endif}%{if-warning}warning%{endif}"
                       "%{if-critical}critical%{endif}%{if-fatal}fatal%{endif}: %{message}"));
    qInstallMessageHandler(handler);
}

void LogOutput::addSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    QMutexLocker lock(&g_mutex);
    g_secrets.append(secret);
}

} // namespace bw::app
