// grove::Sha256 (hardware path when available) against QCryptographicHash.

#include "core/common/Sha256.h"

#include <QCryptographicHash>
#include <QTest>

#include <random>

using namespace grove;

class TestSha256Digest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qInfo("hardware SHA-256: %s", Sha256::hardwareAccelerated() ? "yes" : "no (QCryptographicHash)");
    }

    void knownVectors()
    {
        QCOMPARE(Sha256::hash("").toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hash("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(Sha256::hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex(),
                 QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(Sha256::hash(QByteArray(1'000'000, 'a')).toHex(),
                 QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    // Every length around the 64-byte block and padding boundaries, fed in random pieces.
    void matchesQtForEveryLength()
    {
        std::mt19937 random(1);
        for (int length = 0; length <= 300; ++length) {
            QByteArray data(length, Qt::Uninitialized);
            for (char& c : data)
                c = char(random());
            Sha256 hash;
            qsizetype fed = 0;
            while (fed < data.size()) {
                const qsizetype piece = std::min<qsizetype>(data.size() - fed, 1 + qsizetype(random() % 80));
                hash.addData(data.constData() + fed, std::size_t(piece));
                fed += piece;
            }
            QCOMPARE(hash.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        }
    }

    void matchesQtForLargeBuffers()
    {
        std::mt19937 random(2);
        for (int round = 0; round < 4; ++round) {
            QByteArray data(int(3'000'000 + random() % 1000), Qt::Uninitialized);
            for (char& c : data)
                c = char(random());
            const auto split = std::size_t(random() % std::size_t(data.size()));
            Sha256 hash;
            hash.addData(data.constData(), split);
            hash.addData(data.constData() + split, std::size_t(data.size()) - split);
            QCOMPARE(hash.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        }
    }
};

QTEST_APPLESS_MAIN(TestSha256Digest)
#include "tst_sha256_digest.moc"
