// stdlib/errno_module.cpp: the `errno` module: every E* constant of the
// platform (the values come from <cerrno> at compile time) and `errorcode`,
// number -> name, which names each number as CPython does on Linux.
#include <cerrno>
#include <string_view>

#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/heap.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "stdlib/modules.h"

namespace minipy::stdlib {

namespace {

struct ErrnoName {
    const char* name;
    int value;
};

// Sorted by name. Where two names share a number, errorcode keeps the one
// CPython keeps on Linux (see loses_to_alias).
constexpr ErrnoName kNames[] = {
    {"E2BIG", E2BIG}, {"EACCES", EACCES}, {"EADDRINUSE", EADDRINUSE}, {"EADDRNOTAVAIL", EADDRNOTAVAIL},
    {"EADV", EADV}, {"EAFNOSUPPORT", EAFNOSUPPORT}, {"EAGAIN", EAGAIN}, {"EALREADY", EALREADY},
    {"EBADE", EBADE}, {"EBADF", EBADF}, {"EBADFD", EBADFD}, {"EBADMSG", EBADMSG}, {"EBADR", EBADR},
    {"EBADRQC", EBADRQC}, {"EBADSLT", EBADSLT}, {"EBFONT", EBFONT}, {"EBUSY", EBUSY},
    {"ECANCELED", ECANCELED}, {"ECHILD", ECHILD}, {"ECHRNG", ECHRNG}, {"ECOMM", ECOMM},
    {"ECONNABORTED", ECONNABORTED}, {"ECONNREFUSED", ECONNREFUSED}, {"ECONNRESET", ECONNRESET},
    {"EDEADLK", EDEADLK}, {"EDEADLOCK", EDEADLOCK}, {"EDESTADDRREQ", EDESTADDRREQ}, {"EDOM", EDOM},
    {"EDOTDOT", EDOTDOT}, {"EDQUOT", EDQUOT}, {"EEXIST", EEXIST}, {"EFAULT", EFAULT}, {"EFBIG", EFBIG},
    {"EHOSTDOWN", EHOSTDOWN}, {"EHOSTUNREACH", EHOSTUNREACH}, {"EIDRM", EIDRM}, {"EILSEQ", EILSEQ},
    {"EINPROGRESS", EINPROGRESS}, {"EINTR", EINTR}, {"EINVAL", EINVAL}, {"EIO", EIO}, {"EISCONN", EISCONN},
    {"EISDIR", EISDIR}, {"EISNAM", EISNAM}, {"EKEYEXPIRED", EKEYEXPIRED}, {"EKEYREJECTED", EKEYREJECTED},
    {"EKEYREVOKED", EKEYREVOKED}, {"EL2HLT", EL2HLT}, {"EL2NSYNC", EL2NSYNC}, {"EL3HLT", EL3HLT},
    {"EL3RST", EL3RST}, {"ELIBACC", ELIBACC}, {"ELIBBAD", ELIBBAD}, {"ELIBEXEC", ELIBEXEC},
    {"ELIBMAX", ELIBMAX}, {"ELIBSCN", ELIBSCN}, {"ELNRNG", ELNRNG}, {"ELOOP", ELOOP},
    {"EMEDIUMTYPE", EMEDIUMTYPE}, {"EMFILE", EMFILE}, {"EMLINK", EMLINK}, {"EMSGSIZE", EMSGSIZE},
    {"EMULTIHOP", EMULTIHOP}, {"ENAMETOOLONG", ENAMETOOLONG}, {"ENAVAIL", ENAVAIL}, {"ENETDOWN", ENETDOWN},
    {"ENETRESET", ENETRESET}, {"ENETUNREACH", ENETUNREACH}, {"ENFILE", ENFILE}, {"ENOANO", ENOANO},
    {"ENOBUFS", ENOBUFS}, {"ENOCSI", ENOCSI}, {"ENODATA", ENODATA}, {"ENODEV", ENODEV}, {"ENOENT", ENOENT},
    {"ENOEXEC", ENOEXEC}, {"ENOKEY", ENOKEY}, {"ENOLCK", ENOLCK}, {"ENOLINK", ENOLINK},
    {"ENOMEDIUM", ENOMEDIUM}, {"ENOMEM", ENOMEM}, {"ENOMSG", ENOMSG}, {"ENONET", ENONET}, {"ENOPKG", ENOPKG},
    {"ENOPROTOOPT", ENOPROTOOPT}, {"ENOSPC", ENOSPC}, {"ENOSR", ENOSR}, {"ENOSTR", ENOSTR},
    {"ENOSYS", ENOSYS}, {"ENOTBLK", ENOTBLK}, {"ENOTCONN", ENOTCONN}, {"ENOTDIR", ENOTDIR},
    {"ENOTEMPTY", ENOTEMPTY}, {"ENOTNAM", ENOTNAM}, {"ENOTRECOVERABLE", ENOTRECOVERABLE},
    {"ENOTSOCK", ENOTSOCK}, {"ENOTSUP", ENOTSUP}, {"ENOTTY", ENOTTY}, {"ENOTUNIQ", ENOTUNIQ},
    {"ENXIO", ENXIO}, {"EOPNOTSUPP", EOPNOTSUPP}, {"EOVERFLOW", EOVERFLOW}, {"EOWNERDEAD", EOWNERDEAD},
    {"EPERM", EPERM}, {"EPFNOSUPPORT", EPFNOSUPPORT}, {"EPIPE", EPIPE}, {"EPROTO", EPROTO},
    {"EPROTONOSUPPORT", EPROTONOSUPPORT}, {"EPROTOTYPE", EPROTOTYPE}, {"ERANGE", ERANGE},
    {"EREMCHG", EREMCHG}, {"EREMOTE", EREMOTE}, {"EREMOTEIO", EREMOTEIO}, {"ERESTART", ERESTART},
    {"ERFKILL", ERFKILL}, {"EROFS", EROFS}, {"ESHUTDOWN", ESHUTDOWN}, {"ESOCKTNOSUPPORT", ESOCKTNOSUPPORT},
    {"ESPIPE", ESPIPE}, {"ESRCH", ESRCH}, {"ESRMNT", ESRMNT}, {"ESTALE", ESTALE}, {"ESTRPIPE", ESTRPIPE},
    {"ETIME", ETIME}, {"ETIMEDOUT", ETIMEDOUT}, {"ETOOMANYREFS", ETOOMANYREFS}, {"ETXTBSY", ETXTBSY},
    {"EUCLEAN", EUCLEAN}, {"EUNATCH", EUNATCH}, {"EUSERS", EUSERS}, {"EWOULDBLOCK", EWOULDBLOCK},
    {"EXDEV", EXDEV}, {"EXFULL", EXFULL},
};

// EAGAIN over EWOULDBLOCK, EDEADLOCK over EDEADLK, ENOTSUP over EOPNOTSUPP.
bool loses_to_alias(const char* name) {
    for (const char* loser : {"EDEADLK", "EOPNOTSUPP", "EWOULDBLOCK"})
        if (std::string_view(name) == loser) return true;
    return false;
}

}  // namespace

rt::ModuleObject* make_errno_module() {
    auto* module = rt::make_module("errno").as<rt::ModuleObject>();
    rt::Root keep(rt::Value::object(module));
    rt::Root errorcode(rt::make_dict());
    for (const ErrnoName& e : kNames) {
        rt::Value number = rt::make_int(e.value);
        rt::set_attr_str(module, e.name, number);
        if (loses_to_alias(e.name)) continue;
        if (errorcode.as<rt::DictObject>()->set(number, rt::make_str(e.name)).is_error()) rt::clear_exception();
    }
    rt::set_attr_str(module, "errorcode", errorcode.get());
    return module;
}

}  // namespace minipy::stdlib
