// The event log's fast painting: cell text drawn from cached glyphs looks like Qt's own item text (same
// place, same glyphs), elides within its cell, leaves other scripts to Qt; the scroll bar skips repaints
// that would show nothing new; the time column matches QDateTime across a daylight-saving change.
#include "gui/eventlog/CellTextPainter.h"
#include "gui/eventlog/EventLogDelegate.h"
#include "gui/eventlog/LocalTimeText.h"
#include "gui/eventlog/LogScrollBar.h"

#include <QApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

QImage blank(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

/// Columns [left, right] of the image that hold any non-white pixel; {-1, -1} when none.
std::pair<int, int> inkColumns(const QImage &image)
{
    int left = -1;
    int right = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (image.pixel(x, y) != qRgb(255, 255, 255)) {
                if (left < 0)
                    left = x;
                right = x;
                break;
            }
        }
    }
    return {left, right};
}

/// The share of pixels that differ.
double difference(const QImage &a, const QImage &b)
{
    qint64 differ = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differ += a.pixel(x, y) != b.pixel(x, y);
    return double(differ) / double(a.width() * a.height());
}

/// Paints `rows` × 2 cells of `model` with `delegate` as a table view would.
QImage paintCells(QTableView &view, QAbstractItemDelegate *delegate)
{
    view.setItemDelegate(delegate);
    return view.viewport()->grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

class TestEventLogPainting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsLatinTextOnly()
    {
        bw::gui::CellTextPainter painter;
        const QFont font = QApplication::font();
        QVERIFY(painter.canDraw(font, u"MESSAGE_CREATE 1300000000000000001"_s));
        QVERIFY(painter.canDraw(font, u"Zoë clicked « Café » for 12 ms"_s));
        QVERIFY(!painter.canDraw(font, u"こんにちは"_s));
        QVERIFY(!painter.canDraw(font, u"tab\there"_s));
        QVERIFY(!painter.canDraw(font, u"emoji \U0001F600"_s));
        // Many fonts in turn (zooming): the glyph cache starts over instead of growing, and still draws.
        for (int size = 6; size < 40; ++size) {
            QFont sized = font;
            sized.setPixelSize(size);
            QVERIFY(painter.width(sized, u"MESSAGE_CREATE"_s) > painter.width(sized, u"MESSAGE"_s));
        }

        // What it cannot draw, it does not touch.
        QImage image = blank({200, 24});
        QPainter p(&image);
        p.setPen(Qt::black);
        QVERIFY(!painter.draw(&p, font, QRect(0, 0, 200, 24), Qt::AlignLeft | Qt::AlignVCenter,
                              Qt::ElideRight, u"日本語"_s));
        p.end();
        QCOMPARE(inkColumns(image), std::make_pair(-1, -1));
    }

    void placesGlyphsLikeQtText()
    {
        // Digits and ids (the bulk of the log): the same glyphs at the same place as QPainter::drawText
        // through Qt's text layout, vertically centred as QStyle::alignedRect centres item text.
        bw::gui::CellTextPainter painter;
        const QFont font = QApplication::font();
        const QRect rect(4, 0, 300, 22);
        for (const QString &text : {u"1300000000000000001"_s, u"14:03:22.517"_s, u"gateway dispatch"_s}) {
            QImage ours = blank({320, 22});
            QPainter p1(&ours);
            p1.setPen(Qt::black);
            QVERIFY(painter.draw(&p1, font, rect, Qt::AlignLeft | Qt::AlignVCenter, Qt::ElideRight, text));
            p1.end();

            QImage qts = blank({320, 22});
            QPainter p2(&qts);
            p2.setPen(Qt::black);
            p2.setFont(font);
            const QFontMetrics metrics(font);
            const QRect line
                = QStyle::alignedRect(Qt::LeftToRight, Qt::AlignLeft | Qt::AlignVCenter,
                                      QSize(metrics.horizontalAdvance(text), metrics.height()), rect);
            p2.drawText(line.x(), line.y() + metrics.ascent(), text);
            p2.end();
            QVERIFY2(difference(ours, qts) < 0.002,
                     qPrintable(u"%1: %2 of the pixels differ"_s.arg(text).arg(difference(ours, qts))));
        }
    }

    void elidesWithinTheCell()
    {
        bw::gui::CellTextPainter painter;
        const QFont font = QApplication::font();
        const QString text = u"clicked counter:increment by alice, answered in 38 ms (type 4, ephemeral)"_s;
        const qreal full = painter.width(font, text);
        QVERIFY(full > 200);
        const QRect rect(10, 0, 120, 22);

        const auto drawn = [&](Qt::TextElideMode mode, Qt::Alignment align) {
            QImage image = blank({200, 22});
            QPainter p(&image);
            p.setPen(Qt::black);
            painter.draw(&p, font, rect, align | Qt::AlignVCenter, mode, text);
            p.end();
            return image;
        };
        const auto unelided = [&](Qt::Alignment align) {
            QImage image = blank({1200, 22});
            QPainter p(&image);
            p.setPen(Qt::black);
            painter.draw(&p, font, QRect(rect.x(), 0, 1180, 22), align | Qt::AlignVCenter, Qt::ElideNone,
                         text);
            p.end();
            return image;
        };
        for (const Qt::TextElideMode mode : {Qt::ElideRight, Qt::ElideMiddle, Qt::ElideLeft}) {
            const QImage image = drawn(mode, Qt::AlignLeft);
            const auto [left, right] = inkColumns(image);
            QVERIFY(left >= rect.left());
            QVERIFY2(right <= rect.right(), qPrintable(u"mode %1 ends at %2"_s.arg(int(mode)).arg(right)));
            QVERIFY(right > rect.right() - 20); // uses the room it has
        }
        // Cut at the end: the start is the text's own start; cut in the middle: so are both ends.
        const QImage start = unelided(Qt::AlignLeft);
        const QImage right = drawn(Qt::ElideRight, Qt::AlignLeft);
        const QImage middle = drawn(Qt::ElideMiddle, Qt::AlignLeft);
        const QRect firstWord(rect.x(), 0, 30, 22);
        QCOMPARE(right.copy(firstWord), start.copy(firstWord));
        QCOMPARE(middle.copy(firstWord), start.copy(firstWord));

        // Right-aligned text that fits ends at the cell's right edge.
        QImage aligned = blank({200, 22});
        QPainter p(&aligned);
        p.setPen(Qt::black);
        QVERIFY(painter.draw(&p, font, rect, Qt::AlignRight | Qt::AlignVCenter, Qt::ElideMiddle, u"38 ms"_s));
        p.end();
        QVERIFY(inkColumns(aligned).second <= rect.right());
        QVERIFY(inkColumns(aligned).second >= rect.right() - 3);
    }

    void delegateLooksLikeQtsAndFallsBackForOtherScripts()
    {
        QStandardItemModel model(6, 3);
        const QStringList texts {u"14:03:22.517"_s,
                                 u"MESSAGE_CREATE"_s,
                                 u"1300000000000000001"_s,
                                 u"clicked counter:increment by alice"_s,
                                 u"38 ms"_s,
                                 u"answered"_s};
        for (int r = 0; r < 6; ++r) {
            for (int c = 0; c < 3; ++c)
                model.setItem(r, c, new QStandardItem(texts.at((r + c) % texts.size())));
        }
        model.item(2, 1)->setForeground(QColor(0xd0, 0x3a, 0x3a)); // an error row's colour
        model.item(3, 2)->setText(u"こんにちは から"_s); // another script: Qt paints it
        model.item(4, 0)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QTableView view;
        view.setModel(&model);
        view.setAlternatingRowColors(true);
        view.setShowGrid(false);
        view.setWordWrap(false); // as the log's table
        view.setTextElideMode(Qt::ElideMiddle);
        view.verticalHeader()->hide();
        view.resize(520, 220);
        view.selectRow(1);
        view.setCurrentIndex({}); // no focus frame
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QStyledItemDelegate plain;
        bw::gui::EventLogDelegate fast;
        const QImage qts = paintCells(view, &plain);
        const QImage ours = paintCells(view, &fast);
        QCOMPARE(fast.fallbackCount(), 1);
        QVERIFY(fast.fastCount() >= 17);
        if (!qEnvironmentVariableIsEmpty("PAINTING_PNG_DIR")) {
            qts.save(qEnvironmentVariable("PAINTING_PNG_DIR") + u"/qt.png"_s);
            ours.save(qEnvironmentVariable("PAINTING_PNG_DIR") + u"/ours.png"_s);
        }
        // Background, selection, colours and text in the same places.
        QVERIFY2(difference(ours, qts) < 0.002, qPrintable(QString::number(difference(ours, qts))));
    }

    void scrollBarRepaintsOnlyWhenItsLookChanges()
    {
        QStandardItemModel model(0, 1);
        QTableView view;
        auto *bar = new bw::gui::LogScrollBar(Qt::Vertical, &view);
        view.setVerticalScrollBar(bar);
        view.setModel(&model);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int paints = 0;
        struct Counter : QObject
        {
            int *paints;
            explicit Counter(int *p) : paints(p) { }
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::Paint)
                    ++*paints;
                return false;
            }
        } counter(&paints);
        bar->installEventFilter(&counter);

        const auto append = [&](int n) {
            for (int i = 0; i < n; ++i)
                model.appendRow(new QStandardItem(u"row"_s));
            view.scrollToBottom();
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        };
        append(20000); // the slider is at its shortest, at the end
        QTRY_VERIFY(paints > 0);
        const int before = paints;
        const qint64 skippedBefore = bar->skippedRepaints();
        for (int i = 0; i < 10; ++i)
            append(500);
        QCOMPARE(paints, before);
        QVERIFY(bar->skippedRepaints() > skippedBefore);

        // Scrolling moves the slider: it repaints.
        bar->setValue(0);
        QTRY_VERIFY(paints > before);
    }

    void timeColumnMatchesQDateTimeAcrossDaylightSaving()
    {
        // Europe/Berlin switched to summer time at 2026-03-29 01:00 UTC.
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        tzset();
        bw::gui::LocalTimeText text;
        const qint64 change = QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
        int checked = 0;
        for (qint64 ms = change - 3'600'000; ms <= change + 3'600'000; ms += 59'987) {
            QCOMPARE(text.format(ms), QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss.zzz"_s));
            ++checked;
        }
        // The hour jumps at the change.
        QCOMPARE(text.format(change - 1), u"01:59:59.999"_s);
        QCOMPARE(text.format(change), u"03:00:00.000"_s);
        // Before 1970 and in any order.
        QCOMPARE(text.format(-1), QDateTime::fromMSecsSinceEpoch(-1).toString(u"HH:mm:ss.zzz"_s));
        QCOMPARE(text.format(change + 1), u"03:00:00.001"_s);
        QVERIFY(checked > 100);
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
    }
};

QTEST_MAIN(TestEventLogPainting)
#include "tst_eventlogpainting.moc"
