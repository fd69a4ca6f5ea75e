// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discoveredconfig.h"
#include "profileloader.h"
#include "wizardlog.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QWizard;
class QWizardPage;

namespace mailsetup {

// One "Find settings" lookup of an email address, started by WizardEngine.
class DiscoveryRun : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void start(const QString& email) = 0;

signals:
    void configFound(const mailsetup::DiscoveredConfig& config);
    // error: for people, when the address itself is unusable.
    void finished(const QString& error, const QString& domain);
};

// What the wizard does beyond its first page: the later pages and their state,
// certificate checks, finding settings on the network, the helpdesk panel. The
// first page and the frame (SetupWizard, ProviderPage) reach it only through here
// and only once someone needs it, so that the program can show the first page
// before it loads the libraries for all that (OpenSSL, Qt Network, printing: see
// app/engine.h). wizardengineimpl.cpp is the implementation.
class WizardEngine
{
public:
    virtual ~WizardEngine() = default;

    // The pages after the first (SetupWizard::PageId), made when first gone to.
    virtual QWizardPage* makePage(int id) = 0;
    virtual int nextId(int currentId) const = 0;

    // A provider profile with its root certificate checked against its pin.
    virtual ProfileLoadResult loadBundledProfile(const QString& id) = 0;
    virtual ProfileLoadResult loadProfileFile(const QString& path) = 0;
    // "Find settings"; the run is a child of parent and reports on its thread.
    virtual DiscoveryRun* startDiscovery(QObject* parent) = 0;
    // The first page's choice, for the pages after it.
    virtual void chooseProvider(const ProviderProfile& profile, const QString& emailHint) = 0;

    // Files are being written: the wizard must not close.
    virtual bool busy() const = 0;
    // Shows or hides the helpdesk panel beside the pages.
    virtual void setHelpdeskMode(QWizard* wizard, bool on) = 0;
};

// Makes the engine when the wizard first needs it, for the wizard's log. When it
// cannot be made: null, and *error says why, for people.
using WizardEngineFactory =
    std::function<std::unique_ptr<WizardEngine>(const std::shared_ptr<WizardLog>& log, QString* error)>;

} // namespace mailsetup
