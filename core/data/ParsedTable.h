#pragma once

#include "core/data/ColumnMemory.h"
#include "core/data/ColumnType.h"

#include <QString>

#include <cstdint>
#include <deque>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace grove {

inline constexpr std::uint32_t kMissingCode = 0xFFFFFFFFu;

// Distinct strings numbered in order of first appearance. Views handed out stay valid for the
// dictionary's lifetime (a deque never moves its elements).
class StringDictionary
{
public:
    std::uint32_t intern(std::string_view text)
    {
        const auto found = m_index.find(text);
        if (found != m_index.end())
            return found->second;
        const auto code = std::uint32_t(m_values.size());
        const std::string& stored = m_values.emplace_back(text);
        m_index.emplace(std::string_view(stored), code);
        return code;
    }
    std::size_t size() const { return m_values.size(); }
    const std::string& at(std::uint32_t code) const { return m_values[code]; }
    const std::deque<std::string>& values() const { return m_values; }

private:
    std::deque<std::string> m_values;
    std::unordered_map<std::string_view, std::uint32_t> m_index;
};

// A run of consecutive values of one column: either its own vector (small tables, tests) or a
// view of memory that its table keeps (the CSV reader's ColumnMemory).
template <typename T>
class ColumnPart
{
public:
    ColumnPart() = default;
    ColumnPart(std::vector<T> values) : m_owned(std::move(values)), m_view(m_owned) {}
    ColumnPart(std::initializer_list<T> values) : ColumnPart(std::vector<T>(values)) {}
    template <typename Iterator>
    ColumnPart(Iterator first, Iterator last) : ColumnPart(std::vector<T>(first, last))
    {
    }
    static ColumnPart view(std::span<T> values)
    {
        ColumnPart part;
        part.m_view = values;
        return part;
    }
    ColumnPart(const ColumnPart& other) { *this = other; }
    ColumnPart(ColumnPart&& other) noexcept { *this = std::move(other); }
    ColumnPart& operator=(const ColumnPart& other)
    {
        if (this != &other) {
            m_owned = other.m_owned;
            m_view = other.ownsValues() ? std::span<T>(m_owned) : other.m_view;
        }
        return *this;
    }
    ColumnPart& operator=(ColumnPart&& other) noexcept
    {
        if (this == &other)
            return *this;
        // A moved vector keeps its buffer, so the view stays right whether it is of the owned
        // values or of a table's memory.
        m_owned = std::move(other.m_owned);
        m_view = std::exchange(other.m_view, {});
        other.m_owned.clear();
        return *this;
    }

    T* data() const { return m_view.data(); }
    std::size_t size() const { return m_view.size(); }
    bool empty() const { return m_view.empty(); }
    T* begin() const { return m_view.data(); }
    T* end() const { return m_view.data() + m_view.size(); }
    T& operator[](std::size_t i) const { return m_view[i]; }
    operator std::span<const T>() const { return m_view; }

private:
    bool ownsValues() const { return !m_owned.empty() && m_view.data() == m_owned.data(); }
    std::vector<T> m_owned;
    std::span<T> m_view;
};

// A column as parsed: numbers as float32, or strings as codes into a dictionary. Data stays in
// the chunks the parser threads produced; nothing is concatenated until it is written out.
struct ParsedColumn
{
    QString name;
    bool numeric = true;                 // storage: floats, or codes + dictionary
    std::optional<ColumnType> forcedType; // the user's choice, if any
    ColumnType type = ColumnType::Numeric; // decided once the whole column is known
    std::vector<ColumnPart<float>> numbers;
    std::vector<ColumnPart<std::uint32_t>> codes;
    StringDictionary dictionary;
};

struct ParsedTable
{
    qint64 rows = 0;
    std::vector<ParsedColumn> columns;
    // Where parts that are views keep their values.
    std::shared_ptr<ColumnMemory> memory;
};

} // namespace grove
