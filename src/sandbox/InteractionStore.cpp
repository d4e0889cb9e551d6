#include "sandbox/InteractionStore.h"

namespace bw::sandbox {

Interaction &InteractionStore::add(Interaction interaction)
{
    while (m_limit > 0 && int(m_order.size()) >= m_limit) {
        const quint64 old = m_order.front();
        m_order.pop_front();
        auto it = m_items.find(old);
        if (it != m_items.end()) {
            if (m_onEvict)
                m_onEvict(it.value());
            m_byToken.remove(it->token);
            m_items.erase(it);
        }
    }
    const quint64 id = interaction.id;
    m_byToken.insert(interaction.token, id);
    m_order.push_back(id);
    return m_items.insert(id, std::move(interaction)).value();
}

Interaction *InteractionStore::find(quint64 id)
{
    auto it = m_items.find(id);
    return it == m_items.end() ? nullptr : &it.value();
}

Interaction *InteractionStore::findByToken(QByteArrayView token)
{
    auto it = m_byToken.constFind(token.toByteArray());
    return it == m_byToken.cend() ? nullptr : find(it.value());
}

void InteractionStore::clear()
{
    m_items.clear();
    m_byToken.clear();
    m_order.clear();
}

QList<quint64> InteractionStore::recentIds(int max) const
{
    QList<quint64> out;
    for (auto it = m_order.rbegin(); it != m_order.rend() && out.size() < max; ++it)
        out.append(*it);
    return out;
}

} // namespace bw::sandbox
