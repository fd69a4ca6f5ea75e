# Asks the real evolution-data-server what it read from the .source files.
#
# Run inside a private session bus (dbus-run-session) with HOME and the XDG folders
# pointing at a test home: connecting starts evolution-source-registry by D-Bus
# activation, and it loads $XDG_CONFIG_HOME/evolution/sources and watches it.
# Prints "ready", then answers one JSON line per command read from stdin:
#   wait-present UID        wait (up to 20 s) until the registry has the source
#   wait-absent UID         wait until it no longer has it
#   wait-host UID HOST      wait until the source's [Authentication] Host is HOST
# Each answer is {"ok": bool, "accounts": [...]}: every mail account as the registry
# and Camel (the mail back end's settings objects) see it.
import json
import signal
import sys
import time

import gi

gi.require_version('EDataServer', '1.2')
gi.require_version('Camel', '1.2')
from gi.repository import EDataServer as E, GLib  # noqa: E402

# Never outlive a test that was killed: dbus-run-session stops the bus (and with it
# the registry) when this script ends.
signal.alarm(150)

E.SourceCamel.register_types()
registry = E.SourceRegistry.new_sync(None)
context = GLib.MainContext.default()


def pump(seconds, done):
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if done() or time.monotonic() > end:
            return done()
        time.sleep(0.05)


def nick(value):
    return value.value_nick if value is not None else None


def server(source):
    auth = source.get_extension(E.SOURCE_EXTENSION_AUTHENTICATION)
    security = source.get_extension(E.SOURCE_EXTENSION_SECURITY)
    return {'host': auth.get_host(), 'port': auth.get_port(), 'user': auth.get_user(),
            'method': auth.get_method(), 'security': security.get_method()}


def camel(source, backend):
    # The CamelSettings Evolution's mail code connects with (e-source-camel.c binds
    # [Authentication] and [Security] to them).
    settings = source.get_extension(E.SourceCamel.get_extension_name(backend)).get_settings()
    result = {'host': settings.props.host, 'port': settings.props.port, 'user': settings.props.user,
              'auth_mechanism': settings.props.auth_mechanism,
              'security_method': nick(settings.props.security_method)}
    if backend == 'pop':
        result['keep_on_server'] = settings.props.keep_on_server
    return result


def accounts():
    out = []
    for source in registry.list_sources(E.SOURCE_EXTENSION_MAIL_ACCOUNT):
        account = source.get_extension(E.SOURCE_EXTENSION_MAIL_ACCOUNT)
        backend = account.get_backend_name()
        if backend not in ('pop', 'imapx'):
            continue
        entry = {'uid': source.get_uid(), 'display_name': source.get_display_name(),
                 'enabled': source.get_enabled(), 'backend': backend,
                 'incoming': server(source), 'incoming_camel': camel(source, backend)}
        identity = registry.ref_source(account.get_identity_uid() or '')
        if identity is not None:
            mail_identity = identity.get_extension(E.SOURCE_EXTENSION_MAIL_IDENTITY)
            submission = identity.get_extension(E.SOURCE_EXTENSION_MAIL_SUBMISSION)
            entry['identity'] = {'uid': identity.get_uid(), 'address': mail_identity.get_address(),
                                 'name': mail_identity.get_name(), 'parent': identity.get_parent(),
                                 'transport_uid': submission.get_transport_uid()}
            transport = registry.ref_source(submission.get_transport_uid() or '')
            if transport is not None:
                backend_name = transport.get_extension(E.SOURCE_EXTENSION_MAIL_TRANSPORT).get_backend_name()
                entry['transport'] = {'uid': transport.get_uid(), 'backend': backend_name,
                                      'parent': transport.get_parent()}
                if backend_name == 'smtp':
                    entry['transport'].update(server(transport))
                    entry['transport']['camel'] = camel(transport, 'smtp')
        out.append(entry)
    return out


def host_of(uid):
    source = registry.ref_source(uid)
    return source.get_extension(E.SOURCE_EXTENSION_AUTHENTICATION).get_host() if source else None


print('ready', flush=True)
for line in sys.stdin:
    words = line.split()
    if not words:
        continue
    if words[0] == 'wait-present':
        ok = pump(20, lambda: registry.ref_source(words[1]) is not None)
    elif words[0] == 'wait-absent':
        ok = pump(20, lambda: registry.ref_source(words[1]) is None)
    elif words[0] == 'wait-host':
        ok = pump(20, lambda: host_of(words[1]) == words[2])
    else:
        ok = pump(0, lambda: True)
    print(json.dumps({'ok': ok, 'accounts': accounts()}), flush=True)
