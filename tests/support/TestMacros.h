#pragma once

#include "Error.h"

#include <QTest>

// Assertions about zz::Error for Qt Test functions (they use QVERIFY, so only in void test code).

// Asserts that `expr` throws zz::Error of the given kind with a message for the user.
#define EXPECT_ERROR(expr, errorKind)                                                                        \
    do {                                                                                                     \
        bool thrown_ = false;                                                                                \
        try {                                                                                                \
            expr;                                                                                            \
        } catch (const zz::Error &e_) {                                                                      \
            thrown_ = true;                                                                                  \
            QVERIFY2(int(e_.kind()) == int(errorKind),                                                       \
                     qPrintable(e_.message() + QStringLiteral(" / ") + e_.detail()));                        \
            QVERIFY2(!e_.message().isEmpty(), "error without a message");                                    \
        }                                                                                                    \
        QVERIFY2(thrown_, "expected zz::Error was not thrown: " #expr);                                      \
    } while (false)

// Runs `expr`, failing the test with the error's text if it throws.
#define EXPECT_OK(expr)                                                                                      \
    do {                                                                                                     \
        try {                                                                                                \
            expr;                                                                                            \
        } catch (const zz::Error &e_) {                                                                      \
            QFAIL(qPrintable(QStringLiteral("unexpected error: ") + e_.message() + QStringLiteral(" / ") +   \
                             e_.detail()));                                                                  \
        }                                                                                                    \
    } while (false)
