#!/usr/bin/env python3
"""Writes customer_churn.csv, Grove's bundled sample dataset.

The data is synthetic: 3,000 customers of a subscription service whose churn probability
follows a known logistic model of tenure, contract, support calls, charges and satisfaction,
so that a trained model has real structure to find. Some cells are missing on purpose.
Deterministic (fixed seed); uses only the standard library.
"""
import csv
import math
import random
import sys

ROWS = 3000
rng = random.Random(20261122)

PLANS = [("basic", 29.0), ("standard", 59.0), ("premium", 99.0)]
CONTRACTS = ["month-to-month", "one year", "two year"]
PAYMENTS = ["card", "bank transfer", "electronic check", "mailed check"]
REGIONS = ["north", "south", "east", "west"]


def main(path):
    with open(path, "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["customer_id", "tenure_months", "plan", "monthly_charges", "total_charges",
                         "contract", "payment_method", "region", "support_calls", "satisfaction",
                         "days_since_login", "churned"])
        for i in range(1, ROWS + 1):
            plan, base = rng.choices(PLANS, weights=[5, 3, 2])[0]
            contract = rng.choices(CONTRACTS, weights=[5, 3, 2])[0]
            tenure = max(1, min(72, int(rng.expovariate(1 / 24)) + 1))
            monthly = round(base + rng.gauss(0, 6), 2)
            total = round(monthly * tenure * rng.uniform(0.95, 1.02), 2)
            payment = rng.choice(PAYMENTS)
            region = rng.choice(REGIONS)
            calls = min(10, int(rng.expovariate(1 / 1.6)))
            satisfaction = max(1, min(5, round(rng.gauss(3.6 - 0.25 * calls, 0.9))))
            login = round(rng.expovariate(1 / (6 + 4 * calls)), 1)
            z = (-1.2 - 0.045 * tenure + 0.32 * calls - 0.55 * (satisfaction - 3)
                 + {"month-to-month": 0.9, "one year": -0.4, "two year": -1.3}[contract]
                 + 0.012 * (monthly - 50) + (0.45 if payment == "electronic check" else 0.0)
                 + 0.02 * login)
            churned = 1 if rng.random() < 1 / (1 + math.exp(-z)) else 0
            row = [f"C{i:05d}", tenure, plan, monthly, total, contract, payment, region, calls,
                   satisfaction, login, churned]
            if rng.random() < 0.02:
                row[4] = ""      # total_charges not yet billed
            if rng.random() < 0.06:
                row[9] = "NA"    # survey not answered
            if rng.random() < 0.01:
                row[6] = ""      # payment method unknown
            writer.writerow(row)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "customer_churn.csv")
