/* host_can: see host_can.h. */
#include "host_can.h"

#include <errno.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <linux/can.h>
#include <linux/can/raw.h>

#include "ecu_abi.h"

static const uint8_t host_can_dlc_len[16] = {0U, 1U, 2U, 3U, 4U, 5U, 6U, 7U, 8U, 12U, 16U, 20U, 24U, 32U, 48U, 64U};

uint32_t host_can_dlc_to_len(uint32_t dlc)
{
	return host_can_dlc_len[dlc & 15U];
}

uint32_t host_can_len_to_dlc(uint32_t len)
{
	uint32_t dlc = 0U;
	while ((dlc < 15U) && (host_can_dlc_len[dlc] < len)) {
		dlc++;
	}
	return dlc;
}

/*
 * Checks the interface with an ordinary socket before opening the CAN one, so a missing vcan0 says "No such
 * device" even on a kernel without SocketCAN, and a wrong or down interface is named as such.
 */
static int host_can_check_iface(const char *ifname, char *err, size_t err_size)
{
	if (if_nametoindex(ifname) == 0U) {
		int e = errno;
		if ((e == ENODEV) || (e == ENXIO)) {
			(void)snprintf(err, err_size, "%s: No such device (create it: ip link add dev %s type vcan && ip link set up %s)",
			               ifname, ifname, ifname);
		} else {
			(void)snprintf(err, err_size, "%s: %s", ifname, strerror(e));
		}
		return -1;
	}
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	if (s < 0) {
		return 0; /* cannot inspect it; the CAN socket will report what is wrong */
	}
	struct ifreq ifr;
	(void)memset(&ifr, 0, sizeof ifr);
	(void)snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", ifname);
	int rc = 0;
	if ((ioctl(s, SIOCGIFHWADDR, &ifr) == 0) && (ifr.ifr_hwaddr.sa_family != ARPHRD_CAN)) {
		(void)snprintf(err, err_size, "%s: not a CAN interface (link type %u; want a can or vcan device)", ifname,
		               (unsigned)ifr.ifr_hwaddr.sa_family);
		rc = -1;
	} else if ((ioctl(s, SIOCGIFFLAGS, &ifr) == 0) && ((ifr.ifr_flags & IFF_UP) == 0)) {
		(void)snprintf(err, err_size, "%s: interface is down (bring it up: ip link set up %s)", ifname, ifname);
		rc = -1;
	} else {
	}
	(void)close(s);
	return rc;
}

int host_can_open(host_can_t *c, const char *ifname, char *err, size_t err_size)
{
	(void)memset(c, 0, sizeof *c);
	c->fd = -1;
	c->ifname = ifname;
	if (strcmp(ifname, "-") == 0) {
		return 0;
	}
	if ((ifname[0] == '\0') || (strlen(ifname) >= (size_t)IFNAMSIZ)) {
		(void)snprintf(err, err_size, "'%s': not a valid interface name (1..%d characters)", ifname, IFNAMSIZ - 1);
		return -1;
	}
	if (host_can_check_iface(ifname, err, err_size) != 0) {
		return -1;
	}
	int fd = socket(PF_CAN, SOCK_RAW, CAN_RAW);
	if (fd < 0) {
		int e = errno;
		(void)snprintf(err, err_size, "%s: cannot open a CAN socket: %s%s", ifname, strerror(e),
		               (e == EAFNOSUPPORT) ? " (this kernel has no SocketCAN: modprobe can_raw)" : "");
		return -1;
	}
	/* FD frames are optional: a classic-only interface still runs every classic message */
	int on = 1;
	c->fd_frames = (setsockopt(fd, SOL_CAN_RAW, CAN_RAW_FD_FRAMES, &on, sizeof on) == 0) ? 1 : 0;

	struct sockaddr_can addr;
	(void)memset(&addr, 0, sizeof addr);
	addr.can_family = AF_CAN;
	addr.can_ifindex = (int)if_nametoindex(ifname);
	if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
		int e = errno;
		(void)snprintf(err, err_size, "%s: cannot bind the CAN socket: %s", ifname, strerror(e));
		(void)close(fd);
		return -1;
	}
	c->fd = fd;
	return 0;
}

/* candump -L form: "(sec.usec) iface ID#DATA", FD as "ID##<flags>DATA", so can-utils and python-can read it. */
static void host_can_print(const host_can_t *c, uint32_t id, uint32_t flags, uint32_t len, const uint8_t *data)
{
	char line[200];
	int n = snprintf(line, sizeof line, "(%llu.%06llu) stdout ", (unsigned long long)(c->now_us / 1000000U),
	                 (unsigned long long)(c->now_us % 1000000U));
	if ((flags & CAN_FLAG_EXT) != 0U) {
		n += snprintf(line + n, sizeof line - (size_t)n, "%08X", id & CAN_EFF_MASK);
	} else {
		n += snprintf(line + n, sizeof line - (size_t)n, "%03X", id & CAN_SFF_MASK);
	}
	if ((flags & CAN_FLAG_FD) != 0U) {
		n += snprintf(line + n, sizeof line - (size_t)n, "##%X", ((flags & CAN_FLAG_BRS) != 0U) ? 1U : 0U);
	} else if ((flags & CAN_FLAG_RTR) != 0U) {
		n += snprintf(line + n, sizeof line - (size_t)n, "#R");
	} else {
		n += snprintf(line + n, sizeof line - (size_t)n, "#");
	}
	if ((flags & CAN_FLAG_RTR) == 0U) {
		for (uint32_t i = 0U; i < len; i++) {
			n += snprintf(line + n, sizeof line - (size_t)n, "%02X", data[i]);
		}
	} else {
	}
	(void)puts(line);
}

int32_t host_can_send(host_can_t *c, uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	uint32_t len = host_can_dlc_to_len(dlc);
	if (((flags & CAN_FLAG_FD) == 0U) && (len > 8U)) {
		len = 8U; /* classic DLC 9..15 still means 8 bytes */
	} else {
	}
	if (c->fd < 0) {
		host_can_print(c, id, flags, len, data);
		c->tx++;
		return 0;
	}
	canid_t cid = ((flags & CAN_FLAG_EXT) != 0U) ? ((id & CAN_EFF_MASK) | CAN_EFF_FLAG) : (id & CAN_SFF_MASK);
	ssize_t w;
	size_t want;
	if ((flags & CAN_FLAG_FD) != 0U) {
		if (c->fd_frames == 0) {
			c->tx_error++;
			c->last_errno = EPROTONOSUPPORT;
			return -1;
		}
		struct canfd_frame f;
		(void)memset(&f, 0, sizeof f);
		f.can_id = cid;
		f.len = (uint8_t)len;
		f.flags = (uint8_t)(CANFD_FDF | (((flags & CAN_FLAG_BRS) != 0U) ? CANFD_BRS : 0U));
		(void)memcpy(f.data, data, len);
		want = CANFD_MTU;
		w = write(c->fd, &f, want);
	} else {
		struct can_frame f;
		(void)memset(&f, 0, sizeof f);
		f.can_id = cid | (((flags & CAN_FLAG_RTR) != 0U) ? CAN_RTR_FLAG : 0U);
		f.can_dlc = (uint8_t)len;
		if ((flags & CAN_FLAG_RTR) == 0U) {
			(void)memcpy(f.data, data, len);
		} else {
		}
		want = CAN_MTU;
		w = write(c->fd, &f, want);
	}
	if (w == (ssize_t)want) {
		c->tx++;
		return 0;
	}
	/* a full socket queue is the host's version of "every TX mailbox is full" */
	if ((w < 0) && ((errno == ENOBUFS) || (errno == EAGAIN))) {
		c->tx_full++;
	} else {
		c->tx_error++;
	}
	c->last_errno = (w < 0) ? errno : EIO;
	return -1;
}

int host_can_recv(host_can_t *c, host_can_frame_t *f)
{
	if (c->fd < 0) {
		return 0;
	}
	for (;;) {
		struct canfd_frame raw;
		ssize_t n = recv(c->fd, &raw, sizeof raw, MSG_DONTWAIT);
		if (n < 0) {
			if ((errno != EAGAIN) && (errno != EWOULDBLOCK) && (errno != EINTR)) {
				c->rx_error++;
				c->last_errno = errno;
			} else {
			}
			return 0;
		}
		if ((n != (ssize_t)CAN_MTU) && (n != (ssize_t)CANFD_MTU)) {
			c->rx_error++;
			continue;
		}
		if ((raw.can_id & CAN_ERR_FLAG) != 0U) {
			continue; /* error frames are not for the firmware (and filtered by default anyway) */
		}
		(void)memset(f, 0, sizeof *f);
		f->flags = ((raw.can_id & CAN_EFF_FLAG) != 0U) ? CAN_FLAG_EXT : 0U;
		f->id = raw.can_id & (((raw.can_id & CAN_EFF_FLAG) != 0U) ? CAN_EFF_MASK : CAN_SFF_MASK);
		uint32_t len = raw.len;
		if (n == (ssize_t)CANFD_MTU) {
			if (len > 64U) {
				len = 64U;
			} else {
			}
			f->flags |= CAN_FLAG_FD | (((raw.flags & CANFD_BRS) != 0U) ? CAN_FLAG_BRS : 0U);
			f->dlc = host_can_len_to_dlc(len);
			len = host_can_dlc_to_len(f->dlc);
		} else {
			if (len > 8U) {
				len = 8U;
			} else {
			}
			f->flags |= ((raw.can_id & CAN_RTR_FLAG) != 0U) ? CAN_FLAG_RTR : 0U;
			f->dlc = len;
		}
		(void)memcpy(f->data, raw.data, len);
		c->rx++;
		return 1;
	}
}

void host_can_close(host_can_t *c)
{
	if (c->fd >= 0) {
		(void)close(c->fd);
		c->fd = -1;
	} else {
	}
}
