// The botwright executable's command line, run as a real process.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BOTWRIGHT_EXE), args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("botwright " BOTWRIGHT_VERSION));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--data-dir", "--profile", "--version"})
            QVERIFY2(r.out.contains(QLatin1StringView(option)), option);
    }

    void unknownOptionIsOneClearLineAndNonZero()
    {
        const Run r = run({QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-option")), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void unusableDataDirIsReported()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("not-a-dir"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Run r = run({QStringLiteral("--data-dir"), file + QStringLiteral("/sub")}, env);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("not-a-dir")), qPrintable(r.err));
    }

    /// profile add/set --interactions, --endpoint, --allow-non-loopback, --public-key; profile list.
    void profileInteractionOptions();
};

void TestCli::profileInteractionOptions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const auto profile = [&](QStringList args) {
        return run(QStringList {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("profile")} + args,
                   env);
    };
    const QString key = QStringLiteral("8a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c");

    // Defaults: gateway.
    Run r = profile({QStringLiteral("add"), QStringLiteral("plain")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("interactions gateway")), qPrintable(r.out));

    r = profile({QStringLiteral("add"), QStringLiteral("hooks"), QStringLiteral("--interactions"),
                 QStringLiteral("http"), QStringLiteral("--endpoint"), QStringLiteral("127.0.0.1:8099/hooks"),
                 QStringLiteral("--public-key"), key});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("warning")), qPrintable(r.err)); // loopback: no warning

    // Refused with the configuration exit code, and nothing is stored.
    const QList<QPair<QStringList, QString>> refused = {
        {{QStringLiteral("--interactions"), QStringLiteral("webhook")},
         QStringLiteral("gateway, http or both")},
        {{QStringLiteral("--endpoint"), QStringLiteral("127.0.0.1")}, QStringLiteral("IP:PORT/PATH")},
        {{QStringLiteral("--endpoint"), QStringLiteral("127.0.0.1:70000/x")}, QStringLiteral("IP:PORT/PATH")},
        {{QStringLiteral("--public-key"), QStringLiteral("abc")}, QStringLiteral("64 hex")},
        {{QStringLiteral("--interactions"), QStringLiteral("both"), QStringLiteral("--endpoint"),
          QStringLiteral("0.0.0.0:8080/interactions")},
         QStringLiteral("--allow-non-loopback")},
    };
    for (const auto &[args, message] : refused) {
        r = profile(QStringList {QStringLiteral("add"), QStringLiteral("bad")} + args);
        QVERIFY2(r.exitCode == 3, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    // Allowed explicitly: saved with a warning.
    r = profile({QStringLiteral("add"), QStringLiteral("open"), QStringLiteral("--interactions"),
                 QStringLiteral("both"), QStringLiteral("--endpoint"), QStringLiteral("0.0.0.0:8081/i"),
                 QStringLiteral("--allow-non-loopback")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("warning")), qPrintable(r.err));

    // set changes only what is given.
    r = profile({QStringLiteral("set"), QStringLiteral("plain"), QStringLiteral("--interactions"),
                 QStringLiteral("both")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = profile({QStringLiteral("set"), QStringLiteral("hooks"), QStringLiteral("--endpoint"),
                 QStringLiteral("10.1.2.3:8099/hooks")});
    QCOMPARE(r.exitCode, 3);
    r = profile({QStringLiteral("set"), QStringLiteral("nobody"), QStringLiteral("--interactions"),
                 QStringLiteral("http")});
    QCOMPARE(r.exitCode, 3);
    r = profile({QStringLiteral("set"), QStringLiteral("plain")});
    QCOMPARE(r.exitCode, 2);

    r = profile({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto lineOf = [&](const QString &name) {
        for (const QString &line : lines) {
            if (line.startsWith(name + QLatin1Char(' ')))
                return line;
        }
        return QString();
    };
    QVERIFY(lines.value(0).contains(QStringLiteral("INTERACTIONS")));
    QVERIFY2(lineOf(QStringLiteral("plain")).endsWith(QStringLiteral("both 127.0.0.1:8080/interactions")),
             qPrintable(r.out));
    QVERIFY2(lineOf(QStringLiteral("hooks")).endsWith(QStringLiteral("http 127.0.0.1:8099/hooks")),
             qPrintable(r.out));
    QVERIFY2(lineOf(QStringLiteral("open")).endsWith(QStringLiteral("both 0.0.0.0:8081/i")),
             qPrintable(r.out));
    QVERIFY(lineOf(QStringLiteral("bad")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
