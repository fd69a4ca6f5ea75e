// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace mailsetup {

// Runs work on a thread of its own and hands its result to done on receiver's
// thread, so the window keeps painting while files are written. work must own
// everything it touches (copies, not references into the wizard): the wizard may
// be gone before it finishes, and then done is simply not called.
template <typename Result>
void runInBackground(QObject* receiver, std::function<Result()> work, std::function<void(const Result&)> done)
{
    auto result = std::make_shared<Result>();
    QThread* thread = QThread::create([result, work = std::move(work)] { *result = work(); });
    QObject::connect(thread, &QThread::finished, receiver,
                     [result, done = std::move(done)] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace mailsetup
