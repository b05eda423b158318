#pragma once

#include "core/data/ColumnType.h"

#include <QString>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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

// A column as parsed: numbers as float32, or strings as codes into a dictionary. Data stays in
// the chunks the parser threads produced; nothing is concatenated until it is written out.
struct ParsedColumn
{
    QString name;
    bool numeric = true;                 // storage: floats, or codes + dictionary
    std::optional<ColumnType> forcedType; // the user's choice, if any
    ColumnType type = ColumnType::Numeric; // decided once the whole column is known
    std::vector<std::vector<float>> numbers;
    std::vector<std::vector<std::uint32_t>> codes;
    StringDictionary dictionary;
};

struct ParsedTable
{
    qint64 rows = 0;
    std::vector<ParsedColumn> columns;
};

} // namespace grove
