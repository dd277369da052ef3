#include "Collation.h"

#include <unicode/ucol.h>
#include <unicode/uversion.h>

#include <memory>

namespace khana::Collation {

namespace {

constexpr char kLocale[] = "th";

struct CollatorCloser
{
    void operator()(UCollator *collator) const { ucol_close(collator); }
};

// One collator per thread: ICU's collators are safe to share only for some operations, and
// opening one is cheap next to the work of a thread (an import, a print).
UCollator *collator()
{
    thread_local std::unique_ptr<UCollator, CollatorCloser> opened = [] {
        UErrorCode status = U_ZERO_ERROR;
        // A missing Thai tailoring falls back to the root collation (U_USING_FALLBACK_WARNING):
        // still a real order, and identity() says which.
        std::unique_ptr<UCollator, CollatorCloser> c(ucol_open(kLocale, &status));
        // Word by word, as rosters are read: "กมล ศรี" before "กมลวรรณ", where CLDR's Thai
        // default (spaces and punctuation ignored) would put the longer given name first.
        // QCollator does the same.
        status = U_ZERO_ERROR;
        ucol_setAttribute(c.get(), UCOL_ALTERNATE_HANDLING, UCOL_NON_IGNORABLE, &status);
        return c;
    }();
    return opened.get();
}

const UChar *utf16(const QString &text)
{
    return reinterpret_cast<const UChar *>(text.utf16());
}

// ICU writes the key's length when the buffer is too small; a second call fills it.
QByteArray keyAt(UCollator *c, const QString &text)
{
    QByteArray key(qMax<qsizetype>(64, text.size() * 4), Qt::Uninitialized);
    int32_t length = ucol_getSortKey(c, utf16(text), int32_t(text.size()), reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (length > key.size()) {
        key.resize(length);
        length = ucol_getSortKey(c, utf16(text), int32_t(text.size()), reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    // The key ends in a NUL that only C strings need.
    key.resize(qMax(0, length - 1));
    return key;
}

QByteArray bound(const QString &prefix, UColBoundMode mode)
{
    UCollator *c = collator();
    QByteArray key = keyAt(c, prefix);
    key.append('\0'); // ucol_getBound reads a NUL-terminated key
    QByteArray out(key.size() + 16, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = ucol_getBound(reinterpret_cast<const uint8_t *>(key.constData()), int32_t(key.size()), mode, 1,
                                   reinterpret_cast<uint8_t *>(out.data()), int32_t(out.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(length);
        status = U_ZERO_ERROR;
        length = ucol_getBound(reinterpret_cast<const uint8_t *>(key.constData()), int32_t(key.size()), mode, 1,
                               reinterpret_cast<uint8_t *>(out.data()), int32_t(out.size()), &status);
    }
    if (U_FAILURE(status))
        return {};
    out.resize(qMax(0, length - 1));
    return out;
}

} // namespace

QByteArray sortKey(const QString &text)
{
    return keyAt(collator(), text);
}

QByteArray prefixLower(const QString &prefix)
{
    return bound(prefix, UCOL_BOUND_LOWER);
}

QByteArray prefixUpper(const QString &prefix)
{
    return bound(prefix, UCOL_BOUND_UPPER_LONG);
}

int compare(const QString &a, const QString &b)
{
    return int(ucol_strcoll(collator(), utf16(a), int32_t(a.size()), utf16(b), int32_t(b.size())));
}

QString identity()
{
    UVersionInfo version;
    ucol_getVersion(collator(), version);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    UErrorCode status = U_ZERO_ERROR;
    const char *locale = ucol_getLocaleByType(collator(), ULOC_ACTUAL_LOCALE, &status);
    return QStringLiteral("icu:%1:%2").arg(QString::fromLatin1(U_SUCCESS(status) && locale ? locale : "root"), QString::fromLatin1(text));
}

} // namespace khana::Collation
