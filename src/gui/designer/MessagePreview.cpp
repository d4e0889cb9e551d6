#include "gui/designer/MessagePreview.h"

#include "discord/MessageValidator.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QJsonArray>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using bw::discord::MessageValidator;

namespace bw::gui::designer {

namespace {

struct Theme
{
    QColor background, text, muted, name, embed, embedBorder, link, selectBg, selectBorder, secondary,
        mention, placeholder, separator, tile;
};

Theme theme(bool dark)
{
    if (dark)
        return {QColor(0x313338), QColor(0xDBDEE1), QColor(0x949BA4),         QColor(0xF2F3F5),
                QColor(0x2B2D31), QColor(0x1E1F22), QColor(0x00A8FC),         QColor(0x1E1F22),
                QColor(0x1E1F22), QColor(0x4E5058), QColor(88, 101, 242, 76), QColor(0x949BA4),
                QColor(0x3F4147), QColor(0x232428)};
    return {QColor(0xFFFFFF),         QColor(0x313338), QColor(0x5C5E66), QColor(0x060607), QColor(0xF2F3F5),
            QColor(0xE3E5E8),         QColor(0x006CE7), QColor(0xEBEDEF), QColor(0xD4D7DC), QColor(0x6D6F78),
            QColor(88, 101, 242, 38), QColor(0x5C5E66), QColor(0xE1E2E4), QColor(0xE3E5E8)};
}

QColor buttonColor(int style, const Theme &t)
{
    switch (style) {
    case MessageValidator::Primary:
        return QColor(0x5865F2);
    case MessageValidator::Success:
        return QColor(0x248046);
    case MessageValidator::Danger:
        return QColor(0xDA373C);
    case MessageValidator::Premium:
        return QColor(0x5865F2);
    default:
        return t.secondary;
    }
}

/// Discord's markdown, close enough for a preview: mentions and timestamps readable, the rest to Qt.
QString toMarkdown(QString text)
{
    static const QRegularExpression user(u"<@!?(\\d+)>"_s);
    static const QRegularExpression role(u"<@&(\\d+)>"_s);
    static const QRegularExpression channel(u"<#(\\d+)>"_s);
    static const QRegularExpression stamp(u"<t:(\\d+)(?::[tTdDfFR])?>"_s);
    static const QRegularExpression variable(u"\\{([a-z_.A-Z0-9]+)\\}"_s);
    text.replace(role, u"**@role**"_s).replace(user, u"**@user**"_s).replace(channel, u"**#channel**"_s);
    QRegularExpressionMatch m;
    while ((m = stamp.match(text)).hasMatch()) {
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC);
        text.replace(m.capturedStart(), m.capturedLength(), dt.toString(u"d MMMM yyyy HH:mm"_s));
    }
    Q_UNUSED(variable)
    // Discord keeps single line breaks; Markdown would join them.
    text.replace(u"\n"_s, u"  \n"_s);
    return text;
}

} // namespace

struct MessagePreview::Ctx
{
    QPainter *p = nullptr;
    Theme t;
    QFont base;
    QList<QPair<QRect, JsonPath>> *hits = nullptr;

    void hit(const QRect &r, const JsonPath &path) const
    {
        if (hits)
            hits->append({r, path});
    }

    /// Draws (or measures) markdown at (x, y) in `width`; returns the height.
    int text(const QString &markdown, int x, int y, int width, const QColor &color, qreal scale = 1.0,
             bool bold = false) const
    {
        if (markdown.isEmpty())
            return 0;
        QTextDocument doc;
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * scale);
        f.setBold(bold);
        doc.setDefaultFont(f);
        doc.setDocumentMargin(0);
        doc.setMarkdown(toMarkdown(markdown), QTextDocument::MarkdownDialectGitHub);
        doc.setTextWidth(width);
        const int h = int(std::ceil(doc.size().height()));
        if (p) {
            p->save();
            p->translate(x, y);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.palette.setColor(QPalette::Text, color);
            ctx.palette.setColor(QPalette::Link, t.link);
            ctx.clip = QRectF(0, 0, width, h);
            doc.documentLayout()->draw(p, ctx);
            p->restore();
        }
        return h;
    }
    /// A plain single line, elided; returns its height.
    int line(const QString &s, int x, int y, int width, const QColor &color, qreal scale = 1.0,
             bool bold = false) const
    {
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * scale);
        f.setBold(bold);
        const QFontMetrics fm(f);
        if (p) {
            p->setFont(f);
            p->setPen(color);
            p->drawText(QRect(x, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(s, Qt::ElideRight, width));
        }
        return fm.height();
    }
    void roundRect(const QRect &r, const QColor &fill, qreal radius, const QColor &border = {}) const
    {
        if (!p)
            return;
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(border.isValid() ? QPen(border, 1) : QPen(Qt::NoPen));
        p->setBrush(fill);
        p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        p->restore();
    }
    /// An image we do not download: a tile with a picture glyph and the file name.
    void imageTile(const QRect &r, const QString &url) const
    {
        if (!p)
            return;
        roundRect(r, t.tile, 6);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(t.muted, 1.5));
        const QPoint c = r.center();
        const int s = std::min(24, std::min(r.width(), r.height()) / 3);
        p->drawRoundedRect(QRect(c.x() - s, c.y() - s * 3 / 4 - 6, s * 2, s * 3 / 2), 3, 3);
        p->drawLine(c.x() - s + 3, c.y() + s * 3 / 4 - 9, c.x() - 2, c.y() - 6);
        p->drawLine(c.x() - 2, c.y() - 6, c.x() + s - 3, c.y() + s * 3 / 4 - 9);
        if (r.height() > 60) {
            QFont f = base;
            f.setPointSizeF(base.pointSizeF() * 0.75);
            p->setFont(f);
            const QString name = url.section(u'/', -1);
            p->drawText(r.adjusted(6, 0, -6, -6), Qt::AlignHCenter | Qt::AlignBottom,
                        QFontMetrics(f).elidedText(name, Qt::ElideMiddle, r.width() - 12));
        }
        p->restore();
    }
};

MessagePreview::MessagePreview(QWidget *parent) : QWidget(parent), m_botName(tr("Botwright"))
{
    setObjectName(u"designerPreview"_s);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::ClickFocus);
    setAccessibleName(tr("Message preview"));
}

void MessagePreview::setView(const QJsonObject &view)
{
    m_view = view;
    updateHeight();
    update();
}

void MessagePreview::setDark(bool dark)
{
    m_dark = dark;
    update();
}

void MessagePreview::setBotName(const QString &name)
{
    m_botName = name;
    update();
}

void MessagePreview::setSelected(const JsonPath &node)
{
    m_selected = node;
    update();
}

void MessagePreview::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.25, 2.0);
    updateHeight();
    update();
}

int MessagePreview::contentHeight(int width) const
{
    return layout(nullptr, width, nullptr);
}

int MessagePreview::heightForWidth(int width) const
{
    return int(std::ceil(contentHeight(int(width / m_zoom)) * m_zoom));
}

QSize MessagePreview::sizeHint() const
{
    return {560, heightForWidth(560)};
}

void MessagePreview::updateHeight()
{
    setMinimumHeight(heightForWidth(std::max(200, width())));
    // Hit areas are known before the first paint, so clicks (and tests) work at once.
    m_hits.clear();
    layout(nullptr, int(width() / m_zoom), &m_hits);
}

void MessagePreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateHeight();
}

QRect MessagePreview::rectOf(const JsonPath &node) const
{
    for (const auto &h : m_hits) {
        if (h.second == node) {
            const QRect r = h.first;
            return QRect(int(r.x() * m_zoom), int(r.y() * m_zoom), int(r.width() * m_zoom),
                         int(r.height() * m_zoom));
        }
    }
    return {};
}

JsonPath MessagePreview::nodeAt(const QPoint &pos) const
{
    const QPoint p(int(pos.x() / m_zoom), int(pos.y() / m_zoom));
    JsonPath best;
    qint64 bestArea = std::numeric_limits<qint64>::max();
    for (const auto &h : m_hits) {
        const qint64 area = qint64(h.first.width()) * h.first.height();
        if (h.first.contains(p) && area <= bestArea) {
            best = h.second;
            bestArea = area;
        }
    }
    return best;
}

void MessagePreview::mousePressEvent(QMouseEvent *event)
{
    const JsonPath node = nodeAt(event->position().toPoint());
    if (!node.isEmpty())
        Q_EMIT nodeClicked(node);
    QWidget::mousePressEvent(event);
}

void MessagePreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Theme t = theme(m_dark);
    p.fillRect(rect(), t.background);
    p.scale(m_zoom, m_zoom);
    m_hits.clear();
    layout(&p, int(width() / m_zoom), &m_hits);
    // Outline the selected node.
    for (const auto &h : std::as_const(m_hits)) {
        if (h.second == m_selected && m_selected.size() > 1) {
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(QColor(0x5865F2), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(h.first).adjusted(-3, -3, 3, 3), 4, 4);
            break;
        }
    }
}

int MessagePreview::layout(QPainter *painter, int width, QList<QPair<QRect, JsonPath>> *hits) const
{
    Ctx c;
    c.p = painter;
    c.t = theme(m_dark);
    c.base = font();
    if (c.base.pointSizeF() <= 0)
        c.base.setPixelSize(15);
    else
        c.base.setPointSizeF(std::max(10.5, c.base.pointSizeF() * 1.1));
    c.hits = hits;

    const JsonPath messagePath = JsonPath().key(u"message"_s);
    const QJsonObject message = m_view.value(u"message"_s).toObject();
    const bool v2 = MessageValidator::isComponentsV2(message);
    const int left = 72;
    const int right = 16;
    const int contentWidth = std::max(120, width - left - right);
    int y = 16;

    // Avatar and author line.
    if (painter) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x5865F2));
        painter->drawEllipse(QRect(16, y, 40, 40));
        painter->setPen(Qt::white);
        QFont f = c.base;
        f.setBold(true);
        f.setPointSizeF(c.base.pointSizeF() * 1.2);
        painter->setFont(f);
        painter->drawText(QRect(16, y, 40, 40), Qt::AlignCenter, m_botName.left(1).toUpper());
        painter->restore();
    }
    {
        QFont nameFont = c.base;
        nameFont.setBold(true);
        const QFontMetrics nfm(nameFont);
        const int nameWidth = nfm.horizontalAdvance(m_botName);
        c.line(m_botName, left, y, nameWidth + 2, c.t.name, 1.0, true);
        QFont small = c.base;
        small.setPointSizeF(c.base.pointSizeF() * 0.68);
        small.setBold(true);
        const QFontMetrics sfm(small);
        const QRect badge(left + nameWidth + 6, y + (nfm.height() - sfm.height() - 2) / 2,
                          sfm.horizontalAdvance(u"APP"_s) + 8, sfm.height() + 2);
        c.roundRect(badge, QColor(0x5865F2), 3);
        if (painter) {
            painter->setFont(small);
            painter->setPen(Qt::white);
            painter->drawText(badge, Qt::AlignCenter, u"APP"_s);
        }
        c.line(tr("Today at 12:00"), badge.right() + 8, y + 2, 200, c.t.muted, 0.8);
        y += nfm.height() + 4;
    }
    const int messageTop = 16;

    // Content.
    if (!v2) {
        const QString content = message.value(u"content"_s).toString();
        if (!content.isEmpty()) {
            const int h = c.text(content, left, y, contentWidth, c.t.text);
            c.hit(QRect(left, y, contentWidth, h), messagePath);
            y += h + 6;
        }
        // Embeds.
        const QJsonArray embeds = message.value(u"embeds"_s).toArray();
        for (qsizetype i = 0; i < embeds.size(); ++i) {
            const JsonPath ep = messagePath.key(u"embeds"_s).index(int(i));
            const QJsonObject e = embeds.at(i).toObject();
            const int ew = std::min(520, contentWidth);
            const bool hasThumb = !e.value(u"thumbnail"_s).toObject().value(u"url"_s).toString().isEmpty();
            const int inner = ew - 4 - 16 - 16 - (hasThumb ? 96 : 0);
            // Measure, then draw: the box is drawn before its text.
            const auto body = [&](Ctx &k, int top) {
                int yy = top + 12;
                const int x = left + 4 + 16;
                const QJsonObject author = e.value(u"author"_s).toObject();
                if (!author.value(u"name"_s).toString().isEmpty())
                    yy += k.line(author.value(u"name"_s).toString(), x, yy, inner, k.t.name, 0.85, true) + 6;
                const QString title = e.value(u"title"_s).toString();
                if (!title.isEmpty())
                    yy += k.text(title, x, yy, inner, e.contains(u"url"_s) ? k.t.link : k.t.name, 1.0, true)
                        + 6;
                const QString description = e.value(u"description"_s).toString();
                if (!description.isEmpty())
                    yy += k.text(description, x, yy, inner, k.t.text, 0.92) + 6;
                const QJsonArray fields = e.value(u"fields"_s).toArray();
                int fx = 0;
                int rowHeight = 0;
                const int colWidth = (inner - 16) / 3;
                for (qsizetype f = 0; f < fields.size(); ++f) {
                    const QJsonObject field = fields.at(f).toObject();
                    const bool inl = field.value(u"inline"_s).toBool();
                    if (!inl || fx >= 3) {
                        if (fx > 0) {
                            yy += rowHeight + 8;
                            fx = 0;
                            rowHeight = 0;
                        }
                    }
                    const int fw = inl ? colWidth : inner;
                    const int fxPos = x + fx * (colWidth + 8);
                    int fh
                        = k.text(field.value(u"name"_s).toString(), fxPos, yy, fw, k.t.name, 0.88, true) + 2;
                    fh += k.text(field.value(u"value"_s).toString(), fxPos, yy + fh, fw, k.t.text, 0.88);
                    k.hit(QRect(fxPos, yy, fw, fh), ep.key(u"fields"_s).index(int(f)));
                    rowHeight = std::max(rowHeight, fh);
                    if (inl) {
                        ++fx;
                    } else {
                        yy += fh + 8;
                        rowHeight = 0;
                    }
                }
                if (fx > 0)
                    yy += rowHeight + 8;
                const QString image = e.value(u"image"_s).toObject().value(u"url"_s).toString();
                if (!image.isEmpty()) {
                    const QRect r(x, yy + 4, std::min(inner + (hasThumb ? 96 : 0), 400), 180);
                    k.imageTile(r, image);
                    yy += r.height() + 8;
                }
                const QJsonObject footer = e.value(u"footer"_s).toObject();
                QString foot = footer.value(u"text"_s).toString();
                const QString ts = e.value(u"timestamp"_s).toString();
                if (!ts.isEmpty()) {
                    const QDateTime dt = QDateTime::fromString(ts, Qt::ISODateWithMs);
                    const QString when = dt.isValid() ? dt.toString(u"dd/MM/yyyy HH:mm"_s) : ts;
                    foot = foot.isEmpty() ? when : foot + u" • "_s + when;
                }
                if (!foot.isEmpty())
                    yy += k.line(foot, x, yy + 2, inner + (hasThumb ? 96 : 0), k.t.muted, 0.78) + 4;
                int bottom = yy + 6;
                if (hasThumb) {
                    const QRect thumb(left + ew - 16 - 80, top + 16, 80, 80);
                    k.imageTile(thumb, e.value(u"thumbnail"_s).toObject().value(u"url"_s).toString());
                    bottom = std::max(bottom, thumb.bottom() + 16);
                }
                return bottom - top;
            };
            Ctx measure = c;
            measure.p = nullptr;
            measure.hits = nullptr;
            const int h = std::max(40, body(measure, y));
            const QRect box(left, y, ew, h);
            if (painter) {
                c.roundRect(box, c.t.embed, 4);
                const QColor bar
                    = e.contains(u"color"_s) ? QColor(QRgb(e.value(u"color"_s).toInt())) : c.t.embedBorder;
                painter->save();
                painter->setRenderHint(QPainter::Antialiasing);
                QPainterPath path;
                path.addRoundedRect(QRectF(box.left(), box.top(), 8, box.height()), 4, 4);
                painter->setClipRect(QRect(box.left(), box.top(), 4, box.height()));
                painter->fillPath(path, bar);
                painter->restore();
            }
            c.hit(box, ep);
            body(c, y);
            y += h + 8;
        }
    }

    // Components.
    const std::function<int(const QJsonObject &, const JsonPath &, int, int, int)> component
        = [&](const QJsonObject &comp, const JsonPath &path, int x, int top, int w) -> int {
        const int type = comp.value(u"type"_s).toInt();
        switch (type) {
        case MessageValidator::ActionRow: {
            const QJsonArray items = comp.value(u"components"_s).toArray();
            int xx = x;
            int yy = top;
            int rowH = 0;
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject item = items.at(i).toObject();
                const JsonPath ip = path.key(u"components"_s).index(int(i));
                const int it = item.value(u"type"_s).toInt();
                if (MessageValidator::isSelect(it)) {
                    const QRect r(x, yy, std::min(400, w), 40);
                    c.roundRect(r, c.t.selectBg, 4, c.t.selectBorder);
                    QString shown = item.value(u"placeholder"_s).toString();
                    QStringList defaults;
                    for (const QJsonValue &o : item.value(u"options"_s).toArray()) {
                        if (o.toObject().value(u"default"_s).toBool())
                            defaults << o.toObject().value(u"label"_s).toString();
                    }
                    const bool hasDefault = !defaults.isEmpty();
                    if (hasDefault)
                        shown = defaults.join(u", "_s);
                    if (shown.isEmpty())
                        shown = tr("Make a selection");
                    c.line(shown, r.left() + 12, r.top() + (40 - QFontMetrics(c.base).height()) / 2,
                           r.width() - 44, hasDefault ? c.t.text : c.t.placeholder);
                    if (painter) {
                        painter->save();
                        painter->setRenderHint(QPainter::Antialiasing);
                        painter->setPen(QPen(c.t.text, 2));
                        const QPoint m(r.right() - 18, r.center().y());
                        painter->drawLine(m + QPoint(-5, -3), m + QPoint(0, 2));
                        painter->drawLine(m + QPoint(0, 2), m + QPoint(5, -3));
                        painter->restore();
                        if (item.value(u"disabled"_s).toBool())
                            painter->fillRect(r,
                                              QColor(c.t.background.red(), c.t.background.green(),
                                                     c.t.background.blue(), 120));
                    }
                    c.hit(r, ip);
                    rowH = std::max(rowH, 40);
                    continue;
                }
                // Button.
                const int style = item.value(u"style"_s).toInt(1);
                QString label = item.value(u"label"_s).toString();
                const QString emoji = item.value(u"emoji"_s).toObject().value(u"name"_s).toString();
                if (style == MessageValidator::Premium && label.isEmpty())
                    label = tr("Buy");
                QString text = emoji.isEmpty() ? label : (label.isEmpty() ? emoji : emoji + u"  "_s + label);
                if (style == MessageValidator::Link)
                    text += u"  ↗"_s;
                QFont bf = c.base;
                bf.setPointSizeF(c.base.pointSizeF() * 0.92);
                bf.setWeight(QFont::Medium);
                const QFontMetrics bfm(bf);
                const int bw = std::min(w, std::max(60, bfm.horizontalAdvance(text) + 32));
                if (xx > x && xx + bw > x + w) {
                    xx = x;
                    yy += 40;
                }
                const QRect r(xx, yy, bw, 32);
                c.roundRect(r, buttonColor(style, c.t), 4);
                if (painter) {
                    painter->setFont(bf);
                    painter->setPen(Qt::white);
                    painter->drawText(r.adjusted(8, 0, -8, 0), Qt::AlignCenter,
                                      bfm.elidedText(text, Qt::ElideRight, bw - 16));
                    if (item.value(u"disabled"_s).toBool())
                        painter->fillRect(
                            r,
                            QColor(c.t.background.red(), c.t.background.green(), c.t.background.blue(), 130));
                }
                c.hit(r, ip);
                xx += bw + 8;
                rowH = std::max(rowH, yy - top + 32);
            }
            if (items.isEmpty()) {
                // An empty row is still a drop target: show where it is.
                const QRect r(x, top, std::min(w, 200), 32);
                if (painter) {
                    painter->save();
                    painter->setPen(QPen(c.t.muted, 1, Qt::DashLine));
                    painter->drawRoundedRect(r, 4, 4);
                    painter->restore();
                }
                c.line(tr("empty row"), r.left() + 10, r.top() + 6, r.width() - 20, c.t.muted, 0.85);
                rowH = 32;
            }
            c.hit(QRect(x - 2, top - 2, w + 4, rowH + 4), path);
            return rowH;
        }
        case MessageValidator::TextDisplay: {
            const int h = std::max(c.text(comp.value(u"content"_s).toString(), x, top, w, c.t.text), 18);
            c.hit(QRect(x, top, w, h), path);
            return h;
        }
        case MessageValidator::Separator: {
            const int space = comp.value(u"spacing"_s).toInt(1) == 2 ? 16 : 8;
            const int h = space * 2 + 1;
            if (painter && comp.value(u"divider"_s).toBool(true))
                painter->fillRect(QRect(x, top + space, w, 1), c.t.separator);
            c.hit(QRect(x, top, w, h), path);
            return h;
        }
        case MessageValidator::MediaGallery: {
            const QJsonArray items = comp.value(u"items"_s).toArray();
            const int n = int(items.size());
            const int cols = n <= 1 ? 1 : (n == 2 || n == 4 ? 2 : 3);
            const int gw = std::min(w, 480);
            const int tile = (gw - (cols - 1) * 4) / cols;
            const int th = n == 1 ? 240 : tile;
            for (int i = 0; i < n; ++i) {
                const QRect r(x + (i % cols) * (tile + 4), top + (i / cols) * (th + 4), tile, th);
                c.imageTile(r,
                            items.at(i).toObject().value(u"media"_s).toObject().value(u"url"_s).toString());
                c.hit(r, path.key(u"items"_s).index(i));
            }
            const int h = n == 0 ? 40 : ((n + cols - 1) / cols) * (th + 4) - 4;
            c.hit(QRect(x, top, gw, h), path);
            return h;
        }
        case MessageValidator::Thumbnail: {
            const QRect r(x, top, 80, 80);
            c.imageTile(r, comp.value(u"media"_s).toObject().value(u"url"_s).toString());
            c.hit(r, path);
            return 80;
        }
        case MessageValidator::File: {
            const QRect r(x, top, std::min(w, 400), 56);
            c.roundRect(r, c.t.embed, 6, c.t.embedBorder);
            c.line(u"📄  "_s + comp.value(u"file"_s).toObject().value(u"url"_s).toString().section(u'/', -1),
                   r.left() + 12, r.top() + 16, r.width() - 24, c.t.link);
            c.hit(r, path);
            return 56;
        }
        case MessageValidator::Section: {
            const QJsonObject accessory = comp.value(u"accessory"_s).toObject();
            const bool thumb = accessory.value(u"type"_s).toInt() == MessageValidator::Thumbnail;
            const int accW = thumb ? 80 : 120;
            const int textW = std::max(60, w - accW - 16);
            int yy = top;
            const QJsonArray texts = comp.value(u"components"_s).toArray();
            for (qsizetype i = 0; i < texts.size(); ++i)
                yy += component(texts.at(i).toObject(), path.key(u"components"_s).index(int(i)), x, yy, textW)
                    + 4;
            int accH = 0;
            if (!accessory.isEmpty()) {
                if (thumb) {
                    accH = component(accessory, path.key(u"accessory"_s), x + w - accW, top, accW);
                } else {
                    // A button accessory: drawn like a one-button row, right aligned.
                    QJsonObject row {{u"type"_s, 1}, {u"components"_s, QJsonArray {accessory}}};
                    Ctx saved = c;
                    QList<QPair<QRect, JsonPath>> local;
                    c.hits = &local;
                    accH = component(row, path.key(u"__row"_s), x + w - accW, top, accW);
                    c.hits = saved.hits;
                    for (const auto &h : local) {
                        if (h.second.lastKey() != "__row"_L1)
                            c.hit(h.first, path.key(u"accessory"_s));
                    }
                }
            }
            const int h = std::max(yy - top - 4, accH);
            c.hit(QRect(x, top, w, h), path);
            return h;
        }
        case MessageValidator::Container: {
            const QJsonArray children = comp.value(u"components"_s).toArray();
            const int pad = 16;
            const auto body = [&](int top0) {
                int yy = top0 + pad;
                for (qsizetype i = 0; i < children.size(); ++i)
                    yy += component(children.at(i).toObject(), path.key(u"components"_s).index(int(i)),
                                    x + pad + 4, yy, w - 2 * pad - 4)
                        + 8;
                return yy - 8 + pad - top0;
            };
            QPainter *saved = c.p;
            auto *savedHits = c.hits;
            c.p = nullptr;
            c.hits = nullptr;
            const int h = std::max(48, body(top));
            c.p = saved;
            c.hits = savedHits;
            const QRect box(x, top, w, h);
            c.roundRect(box, c.t.embed, 8, c.t.embedBorder);
            if (painter && comp.contains(u"accent_color"_s) && !comp.value(u"accent_color"_s).isNull()) {
                painter->save();
                painter->setRenderHint(QPainter::Antialiasing);
                QPainterPath clip;
                clip.addRoundedRect(QRectF(box), 8, 8);
                painter->setClipPath(clip);
                painter->fillRect(QRect(box.left(), box.top(), 4, box.height()),
                                  QColor(QRgb(comp.value(u"accent_color"_s).toInt())));
                painter->restore();
            }
            c.hit(box, path);
            body(top);
            return h;
        }
        default: {
            const QRect r(x, top, std::min(w, 300), 28);
            c.roundRect(r, c.t.tile, 4);
            c.line(tr("component of type %1").arg(type), r.left() + 8, r.top() + 4, r.width() - 16, c.t.muted,
                   0.85);
            c.hit(r, path);
            return 28;
        }
        }
    };

    const QJsonArray components = message.value(u"components"_s).toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject comp = components.at(i).toObject();
        const int w = comp.value(u"type"_s).toInt() == MessageValidator::Container
            ? std::min(contentWidth, 560)
            : contentWidth;
        y += component(comp, messagePath.key(u"components"_s).index(int(i)), left, y, w) + 8;
    }
    if (v2 && components.isEmpty())
        y += c.line(tr("(no components)"), left, y, contentWidth, c.t.muted) + 8;
    const int bottom = y + 8;
    c.hit(QRect(0, messageTop - 4, width, bottom - messageTop + 4), messagePath);
    // The message hit area is the outermost: move it first so inner parts win on clicks.
    if (hits && !hits->isEmpty())
        hits->prepend(hits->takeLast());
    return bottom;
}

} // namespace bw::gui::designer
