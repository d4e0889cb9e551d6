#pragma once
// PrefaultedArrays: arrays of a fixed size, allocated and first-touched ahead of need on a helper thread
// (the page faults of a fresh megabyte are expensive and would otherwise land on the GUI thread).
// take() never waits for the helper: when its array is not ready, one is allocated on the spot.

#include <chrono>
#include <cstddef>
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
        if (m_next.valid() && m_next.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
            array = m_next.get();
        if (!array)
            array.reset(new T[m_count]);
        if (!m_next.valid()) {
            m_next = std::async(std::launch::async, [count = m_count] {
                std::unique_ptr<T[]> next(new T[count]);
                if constexpr (std::is_trivially_default_constructible_v<T>) {
                    // Not touched by construction: one write per page (the contents are indeterminate).
                    auto *bytes = reinterpret_cast<volatile char *>(next.get());
                    for (size_t at = 0; at < count * sizeof(T); at += 4096)
                        bytes[at] = 0;
                }
                return next;
            });
        }
        return array;
    }

private:
    size_t m_count;
    std::future<std::unique_ptr<T[]>> m_next;
};

} // namespace bw::gui
