#pragma once
// PrefaultedArrays: arrays of a fixed size, allocated and first-touched ahead of need on helper threads
// (the page faults of a fresh megabyte are expensive and would otherwise land on the GUI thread). Two
// are kept in flight, because one append can take two in a row; take() never waits for a helper: when
// none is ready, an array is allocated on the spot.

#include <chrono>
#include <cstddef>
#include <deque>
#include <future>
#include <memory>
#include <type_traits>

namespace bw::gui {

template<typename T> class PrefaultedArrays
{
public:
    explicit PrefaultedArrays(size_t count) : m_count(count) { }

    std::unique_ptr<T[]> take()
    {
        std::unique_ptr<T[]> array;
        if (!m_ahead.empty()
            && m_ahead.front().wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            array = m_ahead.front().get();
            m_ahead.pop_front();
        }
        if (!array)
            array.reset(new T[m_count]);
        while (m_ahead.size() < kAhead) {
            m_ahead.push_back(std::async(std::launch::async, [count = m_count] {
                std::unique_ptr<T[]> next(new T[count]);
                if constexpr (std::is_trivially_default_constructible_v<T>) {
                    // Not touched by construction: one write per page (the contents are indeterminate).
                    auto *bytes = reinterpret_cast<volatile char *>(next.get());
                    for (size_t at = 0; at < count * sizeof(T); at += 4096)
                        bytes[at] = 0;
                }
                return next;
            }));
        }
        return array;
    }

private:
    static constexpr size_t kAhead = 2;
    size_t m_count;
    std::deque<std::future<std::unique_ptr<T[]>>> m_ahead;
};

} // namespace bw::gui
