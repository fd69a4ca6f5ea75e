# Creates two mail accounts through evolution-data-server's own D-Bus API, the way
# Evolution's account assistant commits them (account + identity + transport in one
# create_sources call); evolution-source-registry then writes the .source files.
import gi
gi.require_version('EDataServer', '1.2')
gi.require_version('Camel', '1.2')
from gi.repository import EDataServer as E, Camel

E.SourceCamel.register_types()
reg = E.SourceRegistry.new_sync(None)

def new_source(name, parent=''):
    s = E.Source.new(None, None)
    s.set_display_name(name)
    s.set_parent(parent)
    return s

def server(source, host, port, user, method, security):
    a = source.get_extension(E.SOURCE_EXTENSION_AUTHENTICATION)
    a.set_host(host); a.set_port(port); a.set_user(user); a.set_method(method)
    source.get_extension(E.SOURCE_EXTENSION_SECURITY).set_method(security)

# 1. POP3 account with its own SMTP transport.
acc = new_source('zoe.mueller@example.org')
ident = new_source('zoe.mueller@example.org', acc.get_uid())
tr = new_source('zoe.mueller@example.org', acc.get_uid())
ma = acc.get_extension(E.SOURCE_EXTENSION_MAIL_ACCOUNT)
ma.set_backend_name('pop'); ma.set_identity_uid(ident.get_uid())
server(acc, 'pop.example.org', 995, 'zoe.mueller', 'none', 'ssl-on-alternate-port')
pop = acc.get_extension(E.SourceCamel.get_extension_name('pop')).get_settings()
pop.set_property('keep-on-server', True)
mi = ident.get_extension(E.SOURCE_EXTENSION_MAIL_IDENTITY)
mi.set_address('zoe.mueller@example.org'); mi.set_name("Zoë Müller (O'Brien & Co.)")
mi.set_organization(' Müller\\Co')  # ESource strips the space; GKeyFile escapes the backslash
ident.get_extension(E.SOURCE_EXTENSION_MAIL_SUBMISSION).set_transport_uid(tr.get_uid())
tr.get_extension(E.SOURCE_EXTENSION_MAIL_TRANSPORT).set_backend_name('smtp')
server(tr, 'smtp.example.org', 587, 'zoe.mueller', 'PLAIN', 'starttls-on-standard-port')
tr.get_extension(E.SourceCamel.get_extension_name('smtp')).get_settings()
reg.create_sources_sync([acc, ident, tr], None)

# 2. IMAP account that sends through the built-in Sendmail transport.
acc2 = new_source('Family; kids')
ident2 = new_source('kid@family.example', acc2.get_uid())
ma2 = acc2.get_extension(E.SOURCE_EXTENSION_MAIL_ACCOUNT)
ma2.set_backend_name('imapx'); ma2.set_identity_uid(ident2.get_uid())
server(acc2, 'imap.family.example', 143, 'kid', 'PLAIN', 'starttls-on-standard-port')
acc2.get_extension(E.SourceCamel.get_extension_name('imapx')).get_settings()
mi2 = ident2.get_extension(E.SOURCE_EXTENSION_MAIL_IDENTITY)
mi2.set_address('kid@family.example'); mi2.set_name('Kid')
ident2.get_extension(E.SOURCE_EXTENSION_MAIL_SUBMISSION).set_transport_uid('sendmail')
reg.create_sources_sync([acc2, ident2], None)
print('pop account', acc.get_uid(), 'identity', ident.get_uid(), 'transport', tr.get_uid())
print('imap account', acc2.get_uid(), 'identity', ident2.get_uid())
