// PasswordHash: PBKDF2-HMAC-SHA256 hashes that verify, salts that differ, and stored strings that are
// refused rather than trusted (wrong scheme, bad base64, missing fields, iteration counts out of range).
#include "security/passwordhash.h"

#include <QTest>

using namespace Gatehouse;

namespace {

constexpr int fastIterations = PasswordHash::minimumIterations; // keeps the rows quick

// "pbkdf2-sha256$<iterations>$<salt>$<hash>" taken apart, so rows can change one field.
QList<QByteArray> fieldsOf(const QByteArray &stored)
{
    return stored.split('$');
}

QByteArray withField(const QByteArray &stored, int index, const QByteArray &value)
{
    QList<QByteArray> fields = fieldsOf(stored);
    fields[index] = value;
    return fields.join('$');
}

} // namespace

class TestPasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void format();
    void verification_data();
    void verification();
    void saltsDiffer();
    void defaultCost();
    void malformed_data();
    void malformed();
    void lowIterationsClampedWhenHashing();

private:
    QByteArray m_stored; // of "correct horse battery staple"
};

void TestPasswordHash::initTestCase()
{
    m_stored = PasswordHash::hash("correct horse battery staple", fastIterations);
    QVERIFY(!m_stored.isEmpty());
}

void TestPasswordHash::format()
{
    const QList<QByteArray> fields = fieldsOf(m_stored);
    QCOMPARE(fields.size(), 4);
    QCOMPARE(fields[0], QByteArray("pbkdf2-sha256"));
    QCOMPARE(fields[1], QByteArray::number(fastIterations));
    QCOMPARE(QByteArray::fromBase64(fields[2]).size(), 16);
    QCOMPARE(QByteArray::fromBase64(fields[3]).size(), 32);
    QVERIFY(PasswordHash::isWellFormed(m_stored));
}

void TestPasswordHash::verification_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<bool>("valid");
    const QByteArray unicodePassword = QStringLiteral("Pässwörd ✓ 密码 🔑").toUtf8();
    const QByteArray unicodeStored = PasswordHash::hash(unicodePassword, fastIterations);
    const QByteArray emptyStored = PasswordHash::hash("", fastIterations);
    // Made with Python's hashlib.pbkdf2_hmac("sha256", "pässwörd", b"0123456789abcdef", 1000, 32).
    const QByteArray fromHashlib
        = "pbkdf2-sha256$1000$MDEyMzQ1Njc4OWFiY2RlZg==$Kfxd4gVEVJAUWyEM9/KuB1B0aQFq+qVyrFi44QnyZ4k=";

    QTest::newRow("right password") << QByteArray("correct horse battery staple") << m_stored << true;
    QTest::newRow("wrong password") << QByteArray("correct horse battery stapler") << m_stored << false;
    QTest::newRow("case differs") << QByteArray("Correct horse battery staple") << m_stored << false;
    QTest::newRow("empty password against a real hash") << QByteArray() << m_stored << false;
    QTest::newRow("prefix of the password") << QByteArray("correct horse") << m_stored << false;
    QTest::newRow("unicode password") << unicodePassword << unicodeStored << true;
    QTest::newRow("unicode password, other normalisation")
        << QStringLiteral("Pa\u0308sswo\u0308rd ✓ 密码 🔑").toUtf8() << unicodeStored << false;
    QTest::newRow("unicode password as Latin-1")
        << QStringLiteral("Pässwörd ✓ 密码 🔑").toLatin1() << unicodeStored << false;
    QTest::newRow("empty password") << QByteArray() << emptyStored << true;
    QTest::newRow("password with NUL")
        << QByteArray("correct horse battery staple\0x", 30) << m_stored << false;
    QTest::newRow("hash from another implementation")
        << QStringLiteral("pässwörd").toUtf8() << fromHashlib << true;
    QTest::newRow("another implementation, wrong password") << QByteArray("passwort") << fromHashlib << false;
}

void TestPasswordHash::verification()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, stored);
    QFETCH(bool, valid);
    QVERIFY(PasswordHash::isWellFormed(stored));
    QCOMPARE(PasswordHash::verify(password, stored), valid);
}

void TestPasswordHash::saltsDiffer()
{
    const QByteArray first = PasswordHash::hash("same password", fastIterations);
    const QByteArray second = PasswordHash::hash("same password", fastIterations);
    QVERIFY(first != second);
    QVERIFY(fieldsOf(first)[2] != fieldsOf(second)[2]);
    QVERIFY(fieldsOf(first)[3] != fieldsOf(second)[3]);
    QVERIFY(PasswordHash::verify("same password", first));
    QVERIFY(PasswordHash::verify("same password", second));
}

void TestPasswordHash::defaultCost()
{
    const QByteArray stored = PasswordHash::hash("default cost");
    QCOMPARE(fieldsOf(stored)[1], QByteArray::number(PasswordHash::defaultIterations));
    QVERIFY(PasswordHash::verify("default cost", stored));
}

void TestPasswordHash::malformed_data()
{
    QTest::addColumn<QByteArray>("stored");
    const QByteArray valid = m_stored;
    const QByteArray salt = fieldsOf(valid)[2];
    const QByteArray hash = fieldsOf(valid)[3];
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only the scheme") << QByteArray("pbkdf2-sha256");
    QTest::newRow("wrong prefix") << withField(valid, 0, "pbkdf2-sha1");
    QTest::newRow("prefix in upper case") << withField(valid, 0, "PBKDF2-SHA256");
    QTest::newRow("bcrypt-looking") << QByteArray(
        "$2b$12$abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQ");
    QTest::newRow("missing hash") << fieldsOf(valid).mid(0, 3).join('$');
    QTest::newRow("missing salt and hash") << fieldsOf(valid).mid(0, 2).join('$');
    QTest::newRow("empty hash") << withField(valid, 3, "");
    QTest::newRow("empty salt") << withField(valid, 2, "");
    QTest::newRow("extra field") << valid + "$" + hash;
    QTest::newRow("salt bad base64") << withField(valid, 2, "!!!!" + salt.mid(4));
    QTest::newRow("hash bad base64") << withField(valid, 3, hash.left(10) + "*" + hash.mid(11));
    QTest::newRow("hash base64url alphabet")
        << withField(valid, 3, QByteArray(hash).replace('+', '-').replace('/', '_').replace('=', ""));
    QTest::newRow("hash without padding") << withField(valid, 3, QByteArray(hash).replace('=', ""));
    QTest::newRow("hash too short") << withField(valid, 3, QByteArray(16, 'h').toBase64());
    QTest::newRow("salt too short") << withField(valid, 2, QByteArray(4, 's').toBase64());
    QTest::newRow("iterations below minimum")
        << withField(valid, 1, QByteArray::number(PasswordHash::minimumIterations - 1));
    QTest::newRow("iterations 1") << withField(valid, 1, "1");
    QTest::newRow("iterations 0") << withField(valid, 1, "0");
    QTest::newRow("iterations negative") << withField(valid, 1, "-210000");
    QTest::newRow("iterations with plus") << withField(valid, 1, "+210000");
    QTest::newRow("iterations leading zero") << withField(valid, 1, "0210000");
    QTest::newRow("iterations with space") << withField(valid, 1, " 210000");
    QTest::newRow("iterations not a number") << withField(valid, 1, "many");
    QTest::newRow("iterations empty") << withField(valid, 1, "");
    QTest::newRow("iterations huge") << withField(valid, 1, "99999999999999999999999999");
    QTest::newRow("iterations past int") << withField(valid, 1, "4294967297");
    QTest::newRow("iterations over the maximum") << withField(valid, 1, "999999999");
    QTest::newRow("trailing newline") << valid + "\n";
    QTest::newRow("NUL inside") << withField(valid, 1, QByteArray("1000\0", 5));
}

void TestPasswordHash::malformed()
{
    QFETCH(QByteArray, stored);
    QVERIFY(!PasswordHash::isWellFormed(stored));
    QVERIFY(!PasswordHash::verify("correct horse battery staple", stored));
}

void TestPasswordHash::lowIterationsClampedWhenHashing()
{
    const QByteArray stored = PasswordHash::hash("cheap", 1);
    QCOMPARE(fieldsOf(stored)[1], QByteArray::number(PasswordHash::minimumIterations));
    QVERIFY(PasswordHash::verify("cheap", stored));
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
