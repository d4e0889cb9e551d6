#pragma once
// JsonPath: the address of a value inside a JSON document ("message.components[0].components[1].label"),
// with reading, writing, inserting and removing at that address. The designer's nodes, undo commands and
// validation problems all speak in these paths.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace bw::gui::designer {

class JsonPath
{
public:
    struct Segment
    {
        QString key; // used when index < 0
        int index = -1;
        bool isIndex() const { return index >= 0; }
        bool operator==(const Segment &other) const = default;
    };

    JsonPath() = default;
    /// Parses "a.b[2].c" and a["x:y"] (as MessageValidator and ViewDefinition write them).
    static JsonPath parse(const QString &text);

    JsonPath key(const QString &k) const;
    JsonPath index(int i) const;
    JsonPath parent() const;
    const Segment &last() const { return m_segments.constLast(); }
    bool isEmpty() const { return m_segments.isEmpty(); }
    qsizetype size() const { return m_segments.size(); }
    const QList<Segment> &segments() const { return m_segments; }
    /// True when `other` is this path or below it.
    bool contains(const JsonPath &other) const;
    /// The index of the last segment (-1 when it is a key).
    int lastIndex() const { return m_segments.isEmpty() ? -1 : m_segments.constLast().index; }
    QString lastKey() const { return m_segments.isEmpty() ? QString() : m_segments.constLast().key; }

    QString toString() const;
    bool operator==(const JsonPath &other) const = default;

    /// The value at this path (undefined when absent).
    QJsonValue valueIn(const QJsonValue &root) const;
    /// Writes `value` at this path, creating objects for missing keys; an undefined value removes the key
    /// (or array element). Returns false when the path runs through a non-container or out of range.
    bool setIn(QJsonValue &root, const QJsonValue &value) const;
    /// Inserts `value` into the array at this path at `position` (clamped); creates the array if missing.
    bool insertIn(QJsonValue &root, int position, const QJsonValue &value) const;

private:
    QList<Segment> m_segments;
};

size_t qHash(const JsonPath &path, size_t seed = 0);

} // namespace bw::gui::designer
