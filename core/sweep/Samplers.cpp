#include "core/sweep/Samplers.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace grove::sweep {
namespace {

std::uint64_t splitmix(std::uint64_t z)
{
    z += 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// A generator for one purpose of one trial: the same numbers whatever ran before.
std::mt19937_64 generator(quint64 seed, int trial, std::uint64_t purpose)
{
    return std::mt19937_64(splitmix(splitmix(seed) ^ splitmix(std::uint64_t(trial) * 0x100000001b3ull + purpose)));
}

// A uniform number in [0, 1) from 53 bits, the same on every standard library.
double uniform(std::mt19937_64& random)
{
    return double(random() >> 11) * 0x1.0p-53;
}

double normal(std::mt19937_64& random)
{
    // Box–Muller on our own uniforms, for the same reason.
    const double u = 1 - uniform(random), v = uniform(random);
    return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v);
}

double drawDimension(const SearchDimension& d, std::mt19937_64& random)
{
    const double u = uniform(random);
    switch (d.kind) {
    case SearchDimension::Kind::Choice:
        return std::min(std::floor(u * double(d.choices.size())), double(d.choices.size() - 1));
    case SearchDimension::Kind::Int:
        return std::min(d.low + std::floor(u * (d.high - d.low + 1)), d.high);
    case SearchDimension::Kind::Uniform:
        return d.low + u * (d.high - d.low);
    case SearchDimension::Kind::LogUniform:
        return std::clamp(std::exp(std::log(d.low) + u * (std::log(d.high) - std::log(d.low))), d.low, d.high);
    }
    return 0;
}

// Optuna's default weights: equal for the 25 newest observations, a ramp from 1/n for older ones.
std::vector<double> observationWeights(std::size_t n)
{
    std::vector<double> weights(n, 1.0);
    if (n <= 25)
        return weights;
    const std::size_t ramp = n - 25;
    for (std::size_t i = 0; i < ramp; ++i)
        weights[i] = ramp == 1 ? 1.0 / double(n) : 1.0 / double(n) + (1 - 1.0 / double(n)) * double(i) / double(ramp - 1);
    return weights;
}

double logSumExp(const std::vector<double>& terms)
{
    const double top = *std::max_element(terms.begin(), terms.end());
    if (!std::isfinite(top))
        return top;
    double sum = 0;
    for (double t : terms)
        sum += std::exp(t - top);
    return top + std::log(sum);
}

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

// A mixture of normals truncated to [low, high]: one per observation and a wide prior.
class ParzenEstimator
{
public:
    ParzenEstimator(std::vector<double> mus, std::vector<double> weights, double low, double high)
        : m_low(low), m_high(high)
    {
        mus.push_back((low + high) / 2); // the prior
        weights.push_back(1.0);
        const std::size_t n = mus.size();
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return mus[a] < mus[b]; });
        std::vector<double> sigmas(n);
        for (std::size_t k = 0; k < n; ++k) {
            const double left = k == 0 ? low : mus[order[k - 1]], right = k + 1 == n ? high : mus[order[k + 1]];
            sigmas[order[k]] = std::max(mus[order[k]] - left, right - mus[order[k]]);
        }
        const double range = high - low;
        const double minSigma = range / std::min(100.0, 1.0 + double(n)), maxSigma = range;
        for (double& s : sigmas)
            s = std::clamp(s, minSigma, maxSigma);
        sigmas.back() = range; // the prior spans the range
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            const double mass = normalCdf((high - mus[i]) / sigmas[i]) - normalCdf((low - mus[i]) / sigmas[i]);
            m_components.push_back({mus[i], sigmas[i], weights[i] / total, std::log(std::max(mass, 1e-300))});
        }
    }

    double sample(std::mt19937_64& random) const
    {
        double pick = uniform(random);
        const Component* c = &m_components.back();
        for (const Component& component : m_components) {
            if (pick < component.weight) {
                c = &component;
                break;
            }
            pick -= component.weight;
        }
        for (int attempt = 0; attempt < 100; ++attempt) {
            const double x = c->mu + c->sigma * normal(random);
            if (x >= m_low && x <= m_high)
                return x;
        }
        return std::clamp(c->mu, m_low, m_high);
    }

    double logDensity(double x) const
    {
        std::vector<double> terms;
        terms.reserve(m_components.size());
        for (const Component& c : m_components) {
            const double z = (x - c.mu) / c.sigma;
            terms.push_back(std::log(c.weight) - 0.5 * z * z - std::log(c.sigma * std::sqrt(2 * M_PI)) - c.logMass);
        }
        return logSumExp(terms);
    }

private:
    struct Component
    {
        double mu, sigma, weight, logMass;
    };
    std::vector<Component> m_components;
    double m_low, m_high;
};

// The categorical counterpart: each choice's weight from the observations that chose it, plus
// an equal share of the prior.
std::vector<double> choiceProbabilities(const std::vector<double>& chosen, const std::vector<double>& weights,
                                        std::size_t choices)
{
    std::vector<double> p(choices, 1.0 / double(choices));
    for (std::size_t i = 0; i < chosen.size(); ++i)
        p[std::size_t(chosen[i])] += weights[i];
    const double total = std::accumulate(p.begin(), p.end(), 0.0);
    for (double& v : p)
        v /= total;
    return p;
}

// A dimension in the space the estimator works in: log for log ranges, widened by half a step
// for whole numbers.
struct Scale
{
    double low, high;
    double in(const SearchDimension& d, double v) const { return d.kind == SearchDimension::Kind::LogUniform ? std::log(v) : v; }
};

Scale scaleOf(const SearchDimension& d)
{
    switch (d.kind) {
    case SearchDimension::Kind::LogUniform:
        return {std::log(d.low), std::log(d.high)};
    case SearchDimension::Kind::Int:
        return {d.low - 0.5, d.high + 0.5};
    default:
        return {d.low, d.high};
    }
}

double fromScale(const SearchDimension& d, double x)
{
    switch (d.kind) {
    case SearchDimension::Kind::LogUniform:
        return std::clamp(std::exp(x), d.low, d.high);
    case SearchDimension::Kind::Int:
        return std::clamp(std::round(x), d.low, d.high);
    default:
        return std::clamp(x, d.low, d.high);
    }
}

} // namespace

SearchPoint gridPoint(std::span<const SearchDimension> space, std::uint64_t index)
{
    SearchPoint point(space.size());
    for (std::size_t i = space.size(); i-- > 0;) {
        const std::uint64_t count = space[i].gridCount().value_or(1);
        const double offset = double(index % count);
        point[i] = space[i].kind == SearchDimension::Kind::Int ? space[i].low + offset : offset;
        index /= count;
    }
    return point;
}

SearchPoint randomPoint(std::span<const SearchDimension> space, quint64 seed, int trial)
{
    auto random = generator(seed, trial, 0);
    SearchPoint point;
    for (const SearchDimension& d : space)
        point.push_back(drawDimension(d, random));
    return point;
}

SearchPoint tpePoint(std::span<const SearchDimension> space, std::span<const Observation> finished, quint64 seed,
                     int trial, int startupTrials, int candidates)
{
    if (int(finished.size()) < std::max(startupTrials, 1))
        return randomPoint(space, seed, trial);

    // The best gamma(n) in trial order, and the others.
    const std::size_t n = finished.size();
    std::vector<std::size_t> byScore(n);
    std::iota(byScore.begin(), byScore.end(), 0);
    std::stable_sort(byScore.begin(), byScore.end(),
                     [&](std::size_t a, std::size_t b) { return finished[a].score > finished[b].score; });
    const std::size_t good = std::min<std::size_t>(std::size_t(std::ceil(0.1 * double(n))), 25);
    std::vector<bool> isGood(n, false);
    for (std::size_t i = 0; i < good; ++i)
        isGood[byScore[i]] = true;

    SearchPoint point;
    for (std::size_t dim = 0; dim < space.size(); ++dim) {
        const SearchDimension& d = space[dim];
        std::vector<double> goodValues, badValues;
        for (std::size_t i = 0; i < n; ++i)
            (isGood[i] ? goodValues : badValues).push_back(finished[i].point[dim]);
        const std::vector<double> goodWeights = observationWeights(goodValues.size()),
                                  badWeights = observationWeights(badValues.size());
        auto random = generator(seed, trial, dim + 1);
        double best = 0, bestScore = -std::numeric_limits<double>::infinity();
        if (d.kind == SearchDimension::Kind::Choice) {
            const std::size_t k = std::size_t(d.choices.size());
            const auto l = choiceProbabilities(goodValues, goodWeights, k), g = choiceProbabilities(badValues, badWeights, k);
            for (int c = 0; c < candidates; ++c) {
                double pick = uniform(random);
                std::size_t choice = k - 1;
                for (std::size_t j = 0; j < k; ++j) {
                    if (pick < l[j]) {
                        choice = j;
                        break;
                    }
                    pick -= l[j];
                }
                const double score = std::log(l[choice]) - std::log(g[choice]);
                if (score > bestScore) {
                    bestScore = score;
                    best = double(choice);
                }
            }
        } else {
            const Scale scale = scaleOf(d);
            auto scaled = [&](const std::vector<double>& values) {
                std::vector<double> out;
                for (double v : values)
                    out.push_back(scale.in(d, v));
                return out;
            };
            const ParzenEstimator l(scaled(goodValues), goodWeights, scale.low, scale.high);
            const ParzenEstimator g(scaled(badValues), badWeights, scale.low, scale.high);
            for (int c = 0; c < candidates; ++c) {
                const double x = l.sample(random);
                const double score = l.logDensity(x) - g.logDensity(x);
                if (score > bestScore) {
                    bestScore = score;
                    best = x;
                }
            }
            best = fromScale(d, best);
        }
        point.push_back(best);
    }
    return point;
}

std::vector<HalvingRung> halvingSchedule(int configurations, int maxRounds, int eta, int minRounds)
{
    std::vector<HalvingRung> rungs;
    if (configurations < 1 || maxRounds < 1 || eta < 2)
        return rungs;
    // As many rungs as keep at least one configuration: n, n/eta, n/eta^2, ...
    std::vector<int> counts{configurations};
    while (counts.back() / eta >= 1)
        counts.push_back(counts.back() / eta);
    double first = minRounds > 0 ? minRounds : double(maxRounds) / std::pow(double(eta), double(counts.size() - 1));
    first = std::max(1.0, first);
    double rounds = first;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const bool last = i + 1 == counts.size();
        const int atRung = last ? maxRounds : std::min(maxRounds, std::max(1, int(std::lround(rounds))));
        rungs.push_back({counts[i], atRung});
        rounds *= eta;
    }
    // Rounds never go down from one rung to the next.
    for (std::size_t i = 1; i < rungs.size(); ++i)
        rungs[i].rounds = std::max(rungs[i].rounds, rungs[i - 1].rounds);
    return rungs;
}

std::vector<int> promote(std::span<const double> scores, int keep)
{
    std::vector<int> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const double x = scores[std::size_t(a)], y = scores[std::size_t(b)];
        if (std::isnan(x) != std::isnan(y))
            return std::isnan(y); // a trial without a score goes last
        return x > y;
    });
    order.resize(std::min<std::size_t>(order.size(), std::size_t(std::max(keep, 0))));
    std::sort(order.begin(), order.end());
    return order;
}

} // namespace grove::sweep
