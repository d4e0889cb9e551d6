#include "gui/sandbox/MessageWidget.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw::gui {

namespace {

constexpr int kAvatar = 40;

QColor avatarColor(const QString &userId)
{
    static const QColor palette[]
        = {QColor(0x58, 0x65, 0xf2), QColor(0x3b, 0xa5, 0x5c), QColor(0xfa, 0xa6, 0x1a),
           QColor(0xed, 0x42, 0x45), QColor(0xeb, 0x45, 0x9e), QColor(0x74, 0x7f, 0x8d)};
    // deterministic (qHash is seeded per process): the same user keeps the same colour between runs
    return palette[userId.toULongLong() % std::size(palette)];
}

// Lays its items out left to right and wraps to a new line when the width runs out (a row of five buttons
// in a narrow dock), like Discord's client does.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing)
    {
        setContentsMargins(0, 2, 0, 2);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override
    {
        // one line when there is room for it
        int w = 0, h = 0;
        for (QLayoutItem *item : m_items) {
            w += item->sizeHint().width() + (w > 0 ? m_spacing : 0);
            h = std::max(h, item->sizeHint().height());
        }
        const QMargins m = contentsMargins();
        return {w + m.left() + m.right(), h + m.top() + m.bottom()};
    }
    QSize minimumSize() const override
    {
        QSize s;
        for (QLayoutItem *item : m_items)
            s = s.expandedTo(item->minimumSize());
        const QMargins m = contentsMargins();
        return s + QSize(m.left() + m.right(), m.top() + m.bottom());
    }

private:
    int arrange(const QRect &rect, bool apply) const
    {
        const QMargins m = contentsMargins();
        const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
        int x = area.x(), y = area.y(), lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            QSize size = item->sizeHint().boundedTo(QSize(std::max(1, area.width()), QWIDGETSIZE_MAX));
            size = size.expandedTo(item->minimumSize());
            if (x > area.x() && x + size.width() > area.right() + 1) {
                x = area.x();
                y += lineHeight + m_spacing;
                lineHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), size));
            x += size.width() + m_spacing;
            lineHeight = std::max(lineHeight, size.height());
        }
        return y + lineHeight - rect.y() + m.bottom();
    }

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

class Avatar final : public QWidget
{
public:
    Avatar(QString initial, QColor color, QWidget *parent)
        : QWidget(parent), m_initial(std::move(initial)), m_color(color)
    {
        setFixedSize(kAvatar, kAvatar);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(m_color);
        p.drawEllipse(rect());
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(18);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(rect(), Qt::AlignCenter, m_initial);
    }

private:
    QString m_initial;
    QColor m_color;
};

// A select menu: a combo box with Discord's chevron drawn over the styled drop-down area.
class SelectBox final : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QComboBox::paintEvent(event);
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(isEnabled() ? QColor(0xb5, 0xba, 0xc1) : QColor(0x6d, 0x6f, 0x78), 2));
        const QPointF c(width() - 18, height() / 2.0);
        p.drawPolyline(QList<QPointF> {c + QPointF(-5, -2.5), c + QPointF(0, 2.5), c + QPointF(5, -2.5)});
    }
};

QLabel *richLabel(const QString &html, QWidget *parent)
{
    auto *l = new QLabel(html, parent);
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextBrowserInteraction);
    l->setOpenExternalLinks(false);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}

QString displayName(const QJsonObject &user)
{
    const QString g = user.value(u"global_name"_s).toString();
    return g.isEmpty() ? user.value(u"username"_s).toString() : g;
}

QString timeText(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    t = t.toLocalTime();
    if (t.date() == QDate::currentDate())
        return MessageWidget::tr("Today at %1").arg(t.toString(u"HH:mm"_s));
    return t.toString(u"dd/MM/yyyy HH:mm"_s);
}

} // namespace

QString MessageWidget::buttonColor(int style)
{
    switch (style) {
    case 1:
        return u"#5865f2"_s;
    case 3:
        return u"#248046"_s;
    case 4:
        return u"#da373c"_s;
    default:
        return u"#4e5058"_s; // secondary, link, premium
    }
}

QString MessageWidget::markdownToHtml(const QString &text, const QHash<QString, QString> &names)
{
    QString out;
    // code blocks first: their content is kept verbatim
    static const QRegularExpression block(u"```(?:[a-zA-Z0-9_+-]*\\n)?([\\s\\S]*?)```"_s);
    qsizetype pos = 0;
    auto inlineMarkup = [&names](QString s) {
        s = s.toHtmlEscaped();
        static const QRegularExpression code(u"`([^`\\n]+)`"_s);
        static const QRegularExpression bold(u"\\*\\*(.+?)\\*\\*"_s);
        static const QRegularExpression underline(u"__(.+?)__"_s);
        static const QRegularExpression italic1(u"\\*([^*\\n]+)\\*"_s);
        static const QRegularExpression italic2(u"(^|\\W)_([^_\\n]+)_(?=\\W|$)"_s);
        static const QRegularExpression strike(u"~~(.+?)~~"_s);
        static const QRegularExpression mention(u"&lt;@!?(\\d+)&gt;"_s);
        // protect inline code from the other rules
        QStringList codes;
        QString r;
        qsizetype p = 0;
        for (auto it = code.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            r += s.mid(p, m.capturedStart() - p);
            r += u"\x01%1\x02"_s.arg(codes.size());
            codes.append(m.captured(1));
            p = m.capturedEnd();
        }
        r += s.mid(p);
        r.replace(bold, u"<b>\\1</b>"_s);
        r.replace(underline, u"<u>\\1</u>"_s);
        r.replace(italic1, u"<i>\\1</i>"_s);
        r.replace(italic2, u"\\1<i>\\2</i>"_s);
        r.replace(strike, u"<s>\\1</s>"_s);
        QString withMentions;
        p = 0;
        for (auto it = mention.globalMatch(r); it.hasNext();) {
            const auto m = it.next();
            withMentions += r.mid(p, m.capturedStart() - p);
            const QString name = names.value(m.captured(1), m.captured(1));
            withMentions
                += u"<span style=\"background-color:#3c4270; color:#c9cdfb;\">@%1</span>"_s.arg(name);
            p = m.capturedEnd();
        }
        withMentions += r.mid(p);
        for (qsizetype i = 0; i < codes.size(); ++i) {
            withMentions.replace(
                u"\x01%1\x02"_s.arg(i),
                u"<code style=\"background-color:#2b2d31; font-family:monospace;\">%1</code>"_s.arg(
                    codes.at(i)));
        }
        withMentions.replace(u'\n', u"<br>"_s);
        return withMentions;
    };
    for (auto it = block.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += inlineMarkup(text.mid(pos, m.capturedStart() - pos));
        out += u"<pre style=\"background-color:#2b2d31; font-family:monospace;\">%1</pre>"_s.arg(
            m.captured(1).toHtmlEscaped());
        pos = m.capturedEnd();
    }
    out += inlineMarkup(text.mid(pos));
    return out;
}

MessageWidget::MessageWidget(const QJsonObject &message, const QHash<QString, QString> &names,
                             QWidget *parent)
    : QWidget(parent), m_id(message.value(u"id"_s).toString())
{
    setObjectName(u"message:"_s + m_id);
    setAttribute(Qt::WA_StyledBackground);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    const bool ephemeral
        = message.value(u"_ephemeral"_s).toBool() || (message.value(u"flags"_s).toInteger() & 64);
    const bool loading = message.value(u"flags"_s).toInteger() & 128;
    const bool notice = message.value(u"_notice"_s).toBool();
    setProperty("ephemeral", ephemeral);
    if (ephemeral)
        setStyleSheet(
            u"#message\\:%1 { background-color: #2e3035; border-left: 2px solid #5865f2; }"_s.arg(m_id));

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(16, 6, 16, 6);
    outer->setSpacing(14);

    const QJsonObject author = message.value(u"author"_s).toObject();
    const QString name = notice ? tr("Sandbox") : displayName(author);
    const QString authorId = author.value(u"id"_s).toString();

    auto *avatarColumn = new QVBoxLayout;
    avatarColumn->setContentsMargins(0, 2, 0, 0);
    avatarColumn->addWidget(new Avatar(QString(name.left(1).toUpper()),
                                       notice ? QColor(0xda, 0x37, 0x3c) : avatarColor(authorId), this));
    avatarColumn->addStretch();
    outer->addLayout(avatarColumn);

    auto *body = new QVBoxLayout;
    body->setSpacing(4);
    outer->addLayout(body, 1);

    // interaction header: "Alice used /greet" or "Alice clicked a button"
    const QJsonObject meta = message.value(u"interaction_metadata"_s).toObject();
    if (!meta.isEmpty()) {
        const QString who = displayName(meta.value(u"user"_s).toObject());
        const QString cmd = meta.value(u"name"_s).toString();
        auto *h = new QLabel(
            cmd.isEmpty() ? tr("↪ %1 used a component").arg(who) : tr("↪ %1 used /%2").arg(who, cmd), this);
        h->setObjectName(u"interactionHeader"_s);
        h->setStyleSheet(u"color:#949ba4; font-size:12px;"_s);
        body->addWidget(h);
    }

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    auto *nameLabel = new QLabel(name.toHtmlEscaped(), this);
    nameLabel->setObjectName(u"authorName"_s);
    nameLabel->setStyleSheet(u"color:#f2f3f5; font-weight:bold; font-size:15px;"_s);
    header->addWidget(nameLabel);
    if (author.value(u"bot"_s).toBool() || notice) {
        auto *tag = new QLabel(notice ? tr("SYSTEM") : tr("BOT"), this);
        tag->setObjectName(u"botTag"_s);
        tag->setStyleSheet(u"background-color:#5865f2; color:white; font-size:10px; font-weight:bold;"
                           " border-radius:3px; padding:1px 4px;"_s);
        header->addWidget(tag);
    }
    auto *time = new QLabel(timeText(message.value(u"timestamp"_s).toString()), this);
    time->setStyleSheet(u"color:#949ba4; font-size:12px;"_s);
    header->addWidget(time);
    header->addStretch();
    body->addLayout(header);

    if (loading) {
        auto *thinking = new QLabel(tr("%1 is thinking…").arg(name), this);
        thinking->setObjectName(u"thinkingLabel"_s);
        thinking->setStyleSheet(u"color:#949ba4; font-style:italic;"_s);
        body->addWidget(thinking);
    }
    const QString content = message.value(u"content"_s).toString();
    if (!content.isEmpty()) {
        auto *c = richLabel(markdownToHtml(content, names), this);
        c->setObjectName(u"content"_s);
        c->setStyleSheet(notice ? u"color:#f23f43;"_s : u"color:#dbdee1; font-size:15px;"_s);
        body->addWidget(c);
    }
    for (const QJsonValue &e : message.value(u"embeds"_s).toArray())
        body->addWidget(buildEmbed(e.toObject(), names));
    for (const QJsonValue &row : message.value(u"components"_s).toArray())
        body->addWidget(buildRow(row.toObject(), false));

    if (ephemeral) {
        auto *only = new QLabel(tr("Only you can see this"), this);
        only->setObjectName(u"ephemeralNote"_s);
        only->setStyleSheet(u"color:#949ba4; font-size:12px;"_s);
        body->addWidget(only);
    }
}

QWidget *MessageWidget::buildEmbed(const QJsonObject &embed, const QHash<QString, QString> &names)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(u"embed"_s);
    const int color = embed.value(u"color"_s).toInt(0x1e1f22);
    frame->setStyleSheet(u"QFrame#embed { background-color:#2b2d31; border-left:4px solid %1;"
                         " border-radius:4px; }"_s.arg(QColor::fromRgb(QRgb(color)).name()));
    frame->setMaximumWidth(520); // like Discord: as wide as the channel allows, up to 520 px
    frame->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(12, 8, 14, 10);
    v->setSpacing(6);
    const QJsonObject author = embed.value(u"author"_s).toObject();
    if (!author.isEmpty()) {
        auto *a = new QLabel(author.value(u"name"_s).toString().toHtmlEscaped(), frame);
        a->setStyleSheet(u"color:#f2f3f5; font-size:13px; font-weight:bold;"_s);
        v->addWidget(a);
    }
    const QString title = embed.value(u"title"_s).toString();
    if (!title.isEmpty()) {
        auto *t = richLabel(markdownToHtml(title, names), frame);
        t->setObjectName(u"embedTitle"_s);
        const bool link = embed.contains(u"url"_s);
        t->setStyleSheet(
            u"color:%1; font-weight:bold; font-size:15px;"_s.arg(link ? u"#00a8fc"_s : u"#f2f3f5"_s));
        v->addWidget(t);
    }
    const QString description = embed.value(u"description"_s).toString();
    if (!description.isEmpty()) {
        auto *d = richLabel(markdownToHtml(description, names), frame);
        d->setObjectName(u"embedDescription"_s);
        d->setStyleSheet(u"color:#dbdee1; font-size:14px;"_s);
        v->addWidget(d);
    }
    const QJsonArray fields = embed.value(u"fields"_s).toArray();
    if (!fields.isEmpty()) {
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(16);
        grid->setVerticalSpacing(6);
        int row = 0, col = 0;
        for (const QJsonValue &fv : fields) {
            const QJsonObject f = fv.toObject();
            const bool isInline = f.value(u"inline"_s).toBool();
            if (!isInline && col > 0) {
                ++row;
                col = 0;
            }
            auto *cell = new QWidget(frame);
            auto *cv = new QVBoxLayout(cell);
            cv->setContentsMargins(0, 0, 0, 0);
            cv->setSpacing(2);
            auto *n
                = richLabel(u"<b>%1</b>"_s.arg(markdownToHtml(f.value(u"name"_s).toString(), names)), cell);
            n->setStyleSheet(u"color:#f2f3f5; font-size:13px;"_s);
            auto *val = richLabel(markdownToHtml(f.value(u"value"_s).toString(), names), cell);
            val->setStyleSheet(u"color:#dbdee1; font-size:13px;"_s);
            cv->addWidget(n);
            cv->addWidget(val);
            grid->addWidget(cell, row, col, 1, isInline ? 1 : 3);
            if (isInline && ++col < 3)
                continue;
            ++row;
            col = 0;
        }
        v->addLayout(grid);
    }
    // images: the sandbox has no network, so the URL is shown as a link (a local file is drawn)
    for (const auto &[key, objectName] :
         {std::pair {u"image"_s, u"embedImage"_s}, std::pair {u"thumbnail"_s, u"embedThumbnail"_s}}) {
        const QString url = embed.value(key).toObject().value(u"url"_s).toString();
        if (url.isEmpty())
            continue;
        auto *img = new QLabel(frame);
        img->setObjectName(objectName);
        img->setProperty("url", url);
        const QUrl parsed(url);
        QPixmap pixmap;
        if (parsed.isLocalFile() && pixmap.load(parsed.toLocalFile())) {
            const int side = key == u"thumbnail"_s ? 80 : 400;
            img->setPixmap(pixmap.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        } else {
            img->setText(u"<a href=\"%1\" style=\"color:#00a8fc;\">🖼 %2</a>"_s.arg(
                url.toHtmlEscaped(),
                (key == u"thumbnail"_s ? tr("thumbnail") : tr("image")) + u": "_s
                    + QString(url).toHtmlEscaped()));
            img->setTextFormat(Qt::RichText);
            img->setWordWrap(true);
            connect(img, &QLabel::linkActivated, this,
                    [this](const QString &link) { Q_EMIT linkClicked(link); });
        }
        img->setToolTip(url);
        img->setStyleSheet(u"color:#dbdee1; font-size:12px;"_s);
        v->addWidget(img);
    }
    const QJsonObject footer = embed.value(u"footer"_s).toObject();
    if (!footer.isEmpty()) {
        auto *f = new QLabel(footer.value(u"text"_s).toString().toHtmlEscaped(), frame);
        f->setStyleSheet(u"color:#b5bac1; font-size:12px;"_s);
        v->addWidget(f);
    }
    auto *wrap = new QWidget(this);
    auto *h = new QHBoxLayout(wrap);
    h->setContentsMargins(0, 2, 0, 2);
    h->addWidget(frame, 1); // takes the width first, up to its maximum; the stretch gets the rest
    h->addStretch();
    return wrap;
}

QWidget *MessageWidget::buildRow(const QJsonObject &row, bool disabledAll)
{
    auto *w = new QWidget(this);
    w->setObjectName(u"actionRow"_s);
    // buttons wrap to the next line in a narrow channel; a select menu takes its own line
    QLayout *h = nullptr;
    const QJsonArray rowItems
        = row.value(u"type"_s).toInt() == 1 ? row.value(u"components"_s).toArray() : QJsonArray {row};
    const bool hasSelect = std::any_of(rowItems.begin(), rowItems.end(), [](const QJsonValue &v) {
        const int t = v.toObject().value(u"type"_s).toInt();
        return t == 3 || (t >= 5 && t <= 8);
    });
    if (hasSelect) {
        auto *line = new QHBoxLayout(w);
        line->setContentsMargins(0, 2, 0, 2);
        line->setSpacing(8);
        h = line;
    } else {
        h = new FlowLayout(w, 8);
    }
    for (const QJsonValue &cv : rowItems) {
        const QJsonObject c = cv.toObject();
        const int type = c.value(u"type"_s).toInt();
        const QString customId = c.value(u"custom_id"_s).toString();
        const bool disabled = disabledAll || c.value(u"disabled"_s).toBool();
        if (type == 2) {
            const int style = c.value(u"style"_s).toInt(2);
            QString label = c.value(u"label"_s).toString();
            const QString emoji = c.value(u"emoji"_s).toObject().value(u"name"_s).toString();
            if (!emoji.isEmpty())
                label = label.isEmpty() ? emoji : emoji + u' ' + label;
            auto *b = new QPushButton(style == 5 ? QString(label + u"  ↗"_s) : label, w);
            b->setObjectName(style == 5 ? u"link:"_s + c.value(u"url"_s).toString()
                                        : u"button:"_s + customId);
            b->setAccessibleName(label);
            b->setEnabled(!disabled);
            b->setCursor(Qt::PointingHandCursor);
            b->setMinimumHeight(32);
            b->setStyleSheet(
                u"QPushButton { background-color:%1; color:white; border:none; border-radius:3px;"
                " padding:2px 16px; font-size:14px; font-weight:500; }"
                " QPushButton:hover { background-color:%2; }"
                " QPushButton:disabled { color:#a0a3a8; background-color:%3; }"_s.arg(
                    buttonColor(style), QColor(buttonColor(style)).darker(115).name(),
                    QColor(buttonColor(style)).darker(150).name()));
            if (style == 5) {
                const QString url = c.value(u"url"_s).toString();
                connect(b, &QPushButton::clicked, this, [this, url] { Q_EMIT linkClicked(url); });
            } else {
                connect(b, &QPushButton::clicked, this,
                        [this, customId] { Q_EMIT buttonClicked(m_id, customId); });
            }
            h->addWidget(b);
        } else if (type == 3 || (type >= 5 && type <= 8)) {
            auto *box = new SelectBox(w);
            box->setObjectName(u"select:"_s + customId);
            const QString placeholder = c.value(u"placeholder"_s).toString();
            box->setAccessibleName(placeholder.isEmpty() ? customId : placeholder);
            box->addItem(placeholder.isEmpty() ? tr("Make a selection") : placeholder);
            for (const QJsonValue &ov : c.value(u"options"_s).toArray()) {
                const QJsonObject o = ov.toObject();
                QString text = o.value(u"label"_s).toString();
                const QString desc = o.value(u"description"_s).toString();
                if (!desc.isEmpty())
                    text += u" — "_s + desc;
                box->addItem(text, o.value(u"value"_s).toString());
            }
            // user/role/mentionable/channel selects: the choices are given by the panel (property "choices")
            box->setProperty("selectType", type);
            box->setEnabled(!disabled);
            box->setMinimumWidth(160);
            box->setMaximumWidth(400);
            box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            box->setMinimumHeight(36);
            box->setStyleSheet(
                u"QComboBox { background-color:#1e1f22; color:#dbdee1; border:1px solid #1e1f22;"
                " border-radius:4px; padding:4px 10px; font-size:14px; }"
                " QComboBox::drop-down { border:none; width:28px; }"
                " QComboBox QAbstractItemView { background-color:#2b2d31; color:#dbdee1;"
                " selection-background-color:#404249; }"_s);
            connect(box, &QComboBox::activated, this, [this, box, customId](int index) {
                if (index <= 0)
                    return;
                Q_EMIT selectChosen(m_id, customId, {box->itemData(index).toString()});
                box->setCurrentIndex(0); // like Discord: the menu resets until the bot edits the message
            });
            static_cast<QHBoxLayout *>(h)->addWidget(box, 1);
        }
    }
    if (hasSelect)
        static_cast<QHBoxLayout *>(h)->addStretch();
    return w;
}

} // namespace bw::gui
