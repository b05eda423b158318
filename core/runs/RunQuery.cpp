#include "core/runs/RunQuery.h"

#include "core/common/SafeText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace grove {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(grove::RunQuery)
};

const QStringList kPlainKeys{u"id"_s,      u"status"_s,  u"experiment"_s, u"dataset"_s,
                             u"target"_s,  u"task"_s,    u"rounds"_s,     u"duration"_s,
                             u"best_iteration"_s, u"created"_s, u"started"_s, u"user"_s,
                             u"host"_s,    u"threads"_s, u"seed"_s, u"note"_s};
const QStringList kMetricPrefixes{u"valid."_s, u"train."_s, u"valid_std."_s, u"train_std."_s,
                                  u"best.valid."_s, u"best.train."_s};

QVariant jsonToVariant(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

std::optional<double> asNumber(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.toDouble();
    bool ok = false;
    const double number = value.toString().toDouble(&ok);
    // NaN equals nothing, so it would make every comparison look like "equal".
    return ok && !std::isnan(number) ? std::optional<double>(number) : std::nullopt;
}

// -1, 0, 1; numbers numerically, anything else as case-insensitive text.
int compareValues(const QVariant& left, const QVariant& right)
{
    const auto a = asNumber(left), b = asNumber(right);
    if (a && b)
        return *a < *b ? -1 : (*a > *b ? 1 : 0);
    const int c = QString::compare(left.toString(), right.toString(), Qt::CaseInsensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

enum class TokenKind { Word, String, Operator, Open, Close, End };

struct Token
{
    TokenKind kind = TokenKind::End;
    QString text;
    qsizetype position = 0;
    qsizetype length = 0;
};

bool isOperatorChar(QChar c) { return c == u'=' || c == u'!' || c == u'<' || c == u'>' || c == u'~'; }

// Limits that keep a hostile filter from exhausting the stack: parsing, matching and freeing
// a filter recurse once per level of parentheses or "not", and once per condition of a chain.
constexpr int kMaxNesting = 100;
constexpr qsizetype kMaxTokens = 2000;

} // namespace

QVariant runValue(const RunRecord& run, const QString& key)
{
    if (key == u"id"_s)
        return run.id;
    if (key == u"status"_s)
        return runStatusKey(run.status);
    if (key == u"experiment"_s)
        return run.experiment;
    if (key == u"dataset"_s)
        return run.datasetName();
    if (key == u"target"_s)
        return run.target();
    if (key == u"task"_s)
        return taskKey(run.setup.config.task);
    if (key == u"rounds"_s)
        return run.roundsDone;
    if (key == u"duration"_s)
        return run.startedAt.isValid() ? QVariant(run.durationSeconds()) : QVariant();
    if (key == u"best_iteration"_s)
        return run.bestIteration ? QVariant(*run.bestIteration) : QVariant();
    if (key == u"created"_s)
        return run.createdAt.toString(Qt::ISODate);
    if (key == u"started"_s)
        return run.startedAt.isValid() ? QVariant(run.startedAt.toString(Qt::ISODate)) : QVariant();
    if (key == u"user"_s)
        return run.user;
    if (key == u"host"_s)
        return run.host;
    if (key == u"note"_s)
        return run.note;
    if (key == u"threads"_s || key == u"seed"_s || key.startsWith(u"params."_s))
        return jsonToVariant(run.setup.setting(key));
    const bool best = key.startsWith(u"best."_s);
    const QString rest = best ? key.mid(5) : key;
    const qsizetype dot = rest.indexOf(u'.');
    if (dot <= 0)
        return {};
    const QJsonObject& metrics = best ? run.bestMetrics : run.finalMetrics;
    return jsonToVariant(metrics.value(rest.left(dot)).toObject().value(rest.mid(dot + 1)));
}

RunKeyMetric runKeyMetric(const RunRecord& run)
{
    const QStringList& metrics = run.setup.config.metrics;
    RunKeyMetric key;
    key.metric = metrics.isEmpty() ? QString() : metrics.last();
    const bool validated = run.finalMetrics.contains(u"valid"_s) || run.setup.data.validRows > 0;
    key.split = validated ? u"valid"_s : u"train"_s;
    const QJsonValue value = run.finalMetrics.value(key.split).toObject().value(key.metric);
    if (value.isDouble())
        key.value = value.toDouble();
    return key;
}

QString checkRunKey(const QString& key)
{
    if (kPlainKeys.contains(key))
        return {};
    if (key.startsWith(u"params."_s) && key.size() > 7)
        return {};
    for (const QString& prefix : kMetricPrefixes) {
        if (key.startsWith(prefix) && key.size() > prefix.size())
            return {};
    }
    return Text::tr("unknown field \"%1\": use valid.METRIC, train.METRIC, best.valid.METRIC, params.NAME, or one of "
                    "%2.")
        .arg(key, kPlainKeys.join(u", "_s));
}

struct RunFilter::Node
{
    enum class Kind { And, Or, Not, Compare, Tag, Text } kind = Kind::Text;
    std::unique_ptr<Node> left, right;
    QString key, op, value;
    // Read once when parsed, not for every run: the operator and the value as a number.
    enum class Op { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Contains } opKind = Op::Equal;
    std::optional<double> number;

    bool matches(const RunRecord& run) const
    {
        const QStringList& tags = run.tags;
        switch (kind) {
        case Kind::And:
            return left->matches(run) && right->matches(run);
        case Kind::Or:
            return left->matches(run) || right->matches(run);
        case Kind::Not:
            return !left->matches(run);
        case Kind::Tag:
            return tags.contains(value, Qt::CaseInsensitive);
        case Kind::Text: {
            const QStringList fields{QString::number(run.id), run.experiment, run.datasetName(), run.target(),
                                     runStatusKey(run.status), run.note};
            auto contains = [this](const QString& field) { return field.contains(value, Qt::CaseInsensitive); };
            return std::any_of(fields.begin(), fields.end(), contains) || std::any_of(tags.begin(), tags.end(), contains);
        }
        case Kind::Compare: {
            const QVariant actual = runValue(run, key);
            if (!actual.isValid() || actual.isNull())
                return false; // a run without the value matches no comparison on it
            if (opKind == Op::Contains)
                return actual.toString().contains(value, Qt::CaseInsensitive);
            int c = 0;
            if (const auto a = asNumber(actual); a && number) {
                c = *a < *number ? -1 : (*a > *number ? 1 : 0);
            } else {
                const int t = QString::compare(actual.toString(), value, Qt::CaseInsensitive);
                c = t < 0 ? -1 : (t > 0 ? 1 : 0);
            }
            switch (opKind) {
            case Op::Equal:
                return c == 0;
            case Op::NotEqual:
                return c != 0;
            case Op::Less:
                return c < 0;
            case Op::LessOrEqual:
                return c <= 0;
            case Op::Greater:
                return c > 0;
            case Op::GreaterOrEqual:
            case Op::Contains:
                return c >= 0;
            }
            return false;
        }
        }
        return false;
    }
};

namespace {

class Parser
{
public:
    explicit Parser(const QString& text) : m_text(text) {}

    std::unique_ptr<RunFilter::Node> parse()
    {
        if (!tokenize())
            return nullptr;
        if (peek().kind == TokenKind::End)
            return nullptr;
        auto root = parseOr();
        if (root && peek().kind != TokenKind::End) {
            fail(peek(), peek().kind == TokenKind::Close ? Text::tr("\")\" without a matching \"(\".")
                                                           : Text::tr("unexpected \"%1\".").arg(peek().text));
            return nullptr;
        }
        return root;
    }

    std::optional<RunFilter::SyntaxError> error;

private:
    using Node = RunFilter::Node;

    bool tokenize()
    {
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            const QChar c = m_text[i];
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token token;
            token.position = i;
            if (c == u'(' || c == u')') {
                token.kind = c == u'(' ? TokenKind::Open : TokenKind::Close;
                token.text = c;
                ++i;
            } else if (isOperatorChar(c)) {
                qsizetype j = i + 1;
                if (j < n && m_text[j] == u'=' && c != u'~')
                    ++j;
                token.kind = TokenKind::Operator;
                token.text = m_text.mid(i, j - i);
                if (token.text == u"!"_s) {
                    token.length = 1;
                    fail(token, Text::tr("\"!\" alone is not an operator; use != or not."));
                    return false;
                }
                i = j;
            } else if (c == u'"') {
                QString value;
                qsizetype j = i + 1;
                bool closed = false;
                for (; j < n; ++j) {
                    if (m_text[j] == u'\\' && j + 1 < n) {
                        value += m_text[++j];
                    } else if (m_text[j] == u'"') {
                        closed = true;
                        break;
                    } else {
                        value += m_text[j];
                    }
                }
                if (!closed) {
                    token.length = n - i;
                    fail(token, Text::tr("the quoted text is not closed; add a \"."));
                    return false;
                }
                token.kind = TokenKind::String;
                token.text = value;
                i = j + 1;
            } else {
                qsizetype j = i;
                while (j < n && !m_text[j].isSpace() && m_text[j] != u'(' && m_text[j] != u')' &&
                       !isOperatorChar(m_text[j]) && m_text[j] != u'"')
                    ++j;
                token.kind = TokenKind::Word;
                token.text = m_text.mid(i, j - i);
                i = j;
            }
            token.length = i - token.position;
            if (m_tokens.size() == kMaxTokens) {
                fail(token, Text::tr("the filter is too long: it can have at most %1 words, operators and parentheses.")
                                .arg(kMaxTokens));
                return false;
            }
            m_tokens.push_back(token);
        }
        Token end;
        end.kind = TokenKind::End;
        end.position = n;
        m_tokens.push_back(end);
        return true;
    }

    const Token& peek(int ahead = 0) const { return m_tokens[std::min(m_next + ahead, m_tokens.size() - 1)]; }
    const Token& take() { return m_tokens[std::min(m_next++, m_tokens.size() - 1)]; }
    static bool isKeyword(const Token& token, QStringView word)
    {
        return token.kind == TokenKind::Word && token.text.compare(word, Qt::CaseInsensitive) == 0;
    }

    void fail(const Token& token, const QString& message)
    {
        if (error)
            return;
        error = RunFilter::SyntaxError{message, token.position, std::max<qsizetype>(1, token.length)};
    }

    std::unique_ptr<Node> binary(Node::Kind kind, std::unique_ptr<Node> left, std::unique_ptr<Node> right)
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (left && isKeyword(peek(), u"or")) {
            take();
            auto right = parseAnd();
            if (!right)
                return nullptr;
            left = binary(Node::Kind::Or, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseNot();
        while (left) {
            if (isKeyword(peek(), u"and")) {
                take();
            } else if (peek().kind == TokenKind::End || peek().kind == TokenKind::Close || isKeyword(peek(), u"or")) {
                break;
            } // else: two terms side by side mean "and"
            auto right = parseNot();
            if (!right)
                return nullptr;
            left = binary(Node::Kind::And, std::move(left), std::move(right));
        }
        return left;
    }

    // Counts one level of parentheses or "not" while it lives.
    struct Nesting
    {
        explicit Nesting(int& depth) : m_depth(++depth) {}
        ~Nesting() { --m_depth; }
        int& m_depth;
    };
    bool tooDeep(const Token& token)
    {
        if (m_depth <= kMaxNesting)
            return false;
        fail(token, Text::tr("the filter nests parentheses and \"not\" more than %1 levels deep.").arg(kMaxNesting));
        return true;
    }

    std::unique_ptr<Node> parseNot()
    {
        if (isKeyword(peek(), u"not")) {
            const Nesting nesting(m_depth);
            if (tooDeep(peek()))
                return nullptr;
            take();
            auto operand = parseNot();
            if (!operand)
                return nullptr;
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Not;
            node->left = std::move(operand);
            return node;
        }
        return parsePrimary();
    }

    std::unique_ptr<Node> parsePrimary()
    {
        const Token& token = peek();
        switch (token.kind) {
        case TokenKind::End:
            fail(token, m_tokens.size() > 1 ? Text::tr("the expression ends too early.") : Text::tr("the filter is empty."));
            return nullptr;
        case TokenKind::Close:
            fail(token, Text::tr("\")\" without a matching \"(\"."));
            return nullptr;
        case TokenKind::Operator:
            fail(token, Text::tr("\"%1\" needs a field before it, as in valid.auc %1 0.9.").arg(token.text));
            return nullptr;
        case TokenKind::Open: {
            const Nesting nesting(m_depth);
            if (tooDeep(token))
                return nullptr;
            const Token open = take();
            auto inner = parseOr();
            if (!inner)
                return nullptr;
            if (peek().kind != TokenKind::Close) {
                fail(open, Text::tr("\"(\" is not closed; add a \")\"."));
                return nullptr;
            }
            take();
            return inner;
        }
        case TokenKind::Word:
        case TokenKind::String:
            break;
        }
        const Token word = take();
        if (word.kind == TokenKind::Word && (isKeyword(word, u"and") || isKeyword(word, u"or"))) {
            fail(word, Text::tr("\"%1\" needs a condition before it.").arg(word.text));
            return nullptr;
        }
        auto node = std::make_unique<Node>();
        if (word.kind == TokenKind::Word && word.text.startsWith(u"tag:"_s, Qt::CaseInsensitive)) {
            node->kind = Node::Kind::Tag;
            node->value = word.text.mid(4);
            if (node->value.isEmpty()) {
                fail(word, Text::tr("name the tag, as in tag:baseline."));
                return nullptr;
            }
            return node;
        }
        if (peek().kind != TokenKind::Operator) {
            node->kind = Node::Kind::Text;
            node->value = word.text;
            return node;
        }
        if (word.kind != TokenKind::Word) {
            fail(word, Text::tr("a field name comes before \"%1\", not quoted text.").arg(peek().text));
            return nullptr;
        }
        if (const QString problem = checkRunKey(word.text); !problem.isEmpty()) {
            fail(word, problem);
            return nullptr;
        }
        const Token op = take();
        const Token value = peek();
        if (value.kind != TokenKind::Word && value.kind != TokenKind::String) {
            fail(value.kind == TokenKind::End ? op : value, Text::tr("\"%1\" needs a value after it.").arg(op.text));
            return nullptr;
        }
        if (op.text != u"~"_s && value.kind == TokenKind::Word) {
            // "nan" would compare equal to everything, an infinity is no threshold.
            bool ok = false;
            const double number = value.text.toDouble(&ok);
            if ((ok && std::isnan(number)) || std::isinf(number)) {
                fail(value, Text::tr("\"%1\" is not a finite number; compare with a finite one, or quote it to compare it as text.").arg(value.text));
                return nullptr;
            }
        }
        take();
        node->kind = Node::Kind::Compare;
        node->key = word.text;
        node->op = op.text;
        node->value = value.text;
        node->number = asNumber(QVariant(value.text));
        using Op = Node::Op;
        const QString& o = op.text;
        node->opKind = o == u"~"_s                      ? Op::Contains
                       : (o == u"="_s || o == u"=="_s) ? Op::Equal
                       : o == u"!="_s                  ? Op::NotEqual
                       : o == u"<"_s                   ? Op::Less
                       : o == u"<="_s                  ? Op::LessOrEqual
                       : o == u">"_s                   ? Op::Greater
                                                       : Op::GreaterOrEqual;
        return node;
    }

    QString m_text;
    QList<Token> m_tokens;
    qsizetype m_next = 0;
    int m_depth = 0;
};

} // namespace

RunFilter::RunFilter() = default;
RunFilter::~RunFilter() = default;
RunFilter::RunFilter(RunFilter&&) noexcept = default;
RunFilter& RunFilter::operator=(RunFilter&&) noexcept = default;

Result<RunFilter> RunFilter::parse(const QString& text, SyntaxError* syntaxError)
{
    Parser parser(text);
    RunFilter filter;
    filter.m_root = parser.parse();
    if (parser.error) {
        if (syntaxError)
            *syntaxError = *parser.error;
        // The message, then the expression with the offending token underlined. The expression
        // is shown escaped, on one line, and the underline follows the escaped text.
        const qsizetype column = parser.error->position + 1;
        const qsizetype length = std::max<qsizetype>(0, std::min(parser.error->length, text.size() - parser.error->position));
        const QString before = escapeUnsafeText(text.left(parser.error->position));
        const QString token = escapeUnsafeText(text.mid(parser.error->position, length));
        const QString underline = QString(before.size(), u' ') + QString(std::max<qsizetype>(1, token.size()), u'^');
        return Error::badInput(Text::tr("Filter, character %1: %2").arg(column).arg(escapeUnsafeText(parser.error->message)) +
                               u"\n  "_s + escapeUnsafeText(text) + u"\n  "_s + underline);
    }
    return filter;
}

bool RunFilter::matches(const RunRecord& run) const { return !m_root || m_root->matches(run); }

Status sortRuns(QList<RunRecord>& runs, const QString& sortKey)
{
    const bool descending = sortKey.startsWith(u'-');
    const QString key = descending ? sortKey.mid(1) : sortKey;
    if (const QString problem = checkRunKey(key); !problem.isEmpty())
        return Error::badInput(Text::tr("Sort key: %1").arg(problem));
    std::stable_sort(runs.begin(), runs.end(), [&](const RunRecord& a, const RunRecord& b) {
        const QVariant x = runValue(a, key), y = runValue(b, key);
        const bool hasX = x.isValid() && !x.isNull(), hasY = y.isValid() && !y.isNull();
        if (hasX != hasY)
            return hasX; // runs without the value go last
        if (!hasX)
            return false;
        const int c = compareValues(x, y);
        return descending ? c > 0 : c < 0;
    });
    return {};
}

} // namespace grove
