#include "gui/designer/JsonPath.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace bw::gui::designer {

namespace {

bool isIdentifier(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() || c == u'_'))
            return false;
    }
    return true;
}

bool setRec(QJsonValue &node, const QList<JsonPath::Segment> &segs, qsizetype at, const QJsonValue &value)
{
    const JsonPath::Segment &seg = segs.at(at);
    const bool lastSeg = at == segs.size() - 1;
    if (seg.isIndex()) {
        if (!node.isArray())
            return false;
        QJsonArray array = node.toArray();
        if (seg.index > array.size())
            return false;
        if (lastSeg) {
            if (value.isUndefined()) {
                if (seg.index >= array.size())
                    return false;
                array.removeAt(seg.index);
            } else if (seg.index == array.size()) {
                array.append(value);
            } else {
                array.replace(seg.index, value);
            }
        } else {
            if (seg.index >= array.size())
                return false;
            QJsonValue child = array.at(seg.index);
            if (!setRec(child, segs, at + 1, value))
                return false;
            array.replace(seg.index, child);
        }
        node = array;
        return true;
    }
    if (!node.isObject() && !node.isUndefined() && !node.isNull())
        return false;
    QJsonObject object = node.toObject();
    if (lastSeg) {
        if (value.isUndefined())
            object.remove(seg.key);
        else
            object.insert(seg.key, value);
    } else {
        QJsonValue child = object.value(seg.key);
        if (!setRec(child, segs, at + 1, value))
            return false;
        object.insert(seg.key, child);
    }
    node = object;
    return true;
}

} // namespace

JsonPath JsonPath::parse(const QString &text)
{
    JsonPath path;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'.') {
            ++i;
        } else if (c == u'[') {
            if (i + 1 < n && text.at(i + 1) == u'"') {
                // ["key"] with \" and \\ escapes
                QString key;
                qsizetype j = i + 2;
                while (j < n && text.at(j) != u'"') {
                    if (text.at(j) == u'\\' && j + 1 < n)
                        ++j;
                    key += text.at(j);
                    ++j;
                }
                path.m_segments.append({key, -1});
                i = j + 2; // past "]
            } else {
                const qsizetype close = text.indexOf(u']', i);
                const qsizetype end = close < 0 ? n : close;
                path.m_segments.append({{}, text.mid(i + 1, end - i - 1).toInt()});
                i = end + 1;
            }
        } else {
            qsizetype j = i;
            while (j < n && text.at(j) != u'.' && text.at(j) != u'[')
                ++j;
            path.m_segments.append({text.mid(i, j - i), -1});
            i = j;
        }
    }
    return path;
}

JsonPath JsonPath::key(const QString &k) const
{
    JsonPath p = *this;
    p.m_segments.append({k, -1});
    return p;
}

JsonPath JsonPath::index(int i) const
{
    JsonPath p = *this;
    p.m_segments.append({{}, i});
    return p;
}

JsonPath JsonPath::parent() const
{
    JsonPath p = *this;
    if (!p.m_segments.isEmpty())
        p.m_segments.removeLast();
    return p;
}

bool JsonPath::contains(const JsonPath &other) const
{
    if (other.m_segments.size() < m_segments.size())
        return false;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        if (!(m_segments.at(i) == other.m_segments.at(i)))
            return false;
    }
    return true;
}

QString JsonPath::toString() const
{
    QString out;
    for (const Segment &s : m_segments) {
        if (s.isIndex()) {
            out += u'[' + QString::number(s.index) + u']';
        } else if (isIdentifier(s.key)) {
            if (!out.isEmpty())
                out += u'.';
            out += s.key;
        } else {
            QString escaped = s.key;
            escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
            out += u"[\""_s + escaped + u"\"]"_s;
        }
    }
    return out;
}

QJsonValue JsonPath::valueIn(const QJsonValue &root) const
{
    QJsonValue v = root;
    for (const Segment &s : m_segments) {
        if (s.isIndex()) {
            if (!v.isArray() || s.index >= v.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toArray().at(s.index);
        } else {
            if (!v.isObject())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toObject().value(s.key);
        }
    }
    return v;
}

bool JsonPath::setIn(QJsonValue &root, const QJsonValue &value) const
{
    if (m_segments.isEmpty()) {
        root = value;
        return true;
    }
    return setRec(root, m_segments, 0, value);
}

bool JsonPath::insertIn(QJsonValue &root, int position, const QJsonValue &value) const
{
    QJsonValue current = valueIn(root);
    if (!current.isArray() && !current.isUndefined() && !current.isNull())
        return false;
    QJsonArray array = current.toArray();
    array.insert(std::clamp<qsizetype>(position, 0, array.size()), value);
    return setIn(root, array);
}

size_t qHash(const JsonPath &path, size_t seed)
{
    return ::qHash(path.toString(), seed);
}

} // namespace bw::gui::designer
