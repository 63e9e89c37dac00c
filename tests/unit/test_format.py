"""The CLI's formatting rules, with docker/go-units' own test vectors."""

from __future__ import annotations

import pytest

from dockerlab import format as fmt

MINUTE, HOUR, DAY = 60, 3600, 86400
WEEK, MONTH, YEAR = 7 * DAY, 30 * DAY, 365 * DAY


@pytest.mark.parametrize(
    ("func", "args", "kwargs", "expected"),
    [
        # go-units HumanDuration (duration_test.go)
        (fmt.human_duration, (0.45,), {}, "Less than a second"),
        (fmt.human_duration, (1,), {}, "1 second"),
        (fmt.human_duration, (45,), {}, "45 seconds"),
        (fmt.human_duration, (59,), {}, "59 seconds"),
        (fmt.human_duration, (60,), {}, "About a minute"),
        (fmt.human_duration, (3 * MINUTE,), {}, "3 minutes"),
        (fmt.human_duration, (35 * MINUTE + 40,), {}, "35 minutes"),
        (fmt.human_duration, (59 * MINUTE,), {}, "59 minutes"),
        (fmt.human_duration, (HOUR,), {}, "About an hour"),
        (fmt.human_duration, (HOUR + 29 * MINUTE,), {}, "About an hour"),
        (fmt.human_duration, (HOUR + 31 * MINUTE,), {}, "2 hours"),
        (fmt.human_duration, (3 * HOUR + 29 * MINUTE,), {}, "3 hours"),
        (fmt.human_duration, (3 * HOUR + 31 * MINUTE,), {}, "4 hours"),
        (fmt.human_duration, (24 * HOUR,), {}, "24 hours"),
        (fmt.human_duration, (DAY + 12 * HOUR,), {}, "36 hours"),
        (fmt.human_duration, (2 * DAY,), {}, "2 days"),
        (fmt.human_duration, (13 * DAY + 5 * HOUR,), {}, "13 days"),
        (fmt.human_duration, (2 * WEEK,), {}, "2 weeks"),
        (fmt.human_duration, (4 * WEEK + 3 * DAY,), {}, "4 weeks"),
        (fmt.human_duration, (MONTH,), {}, "4 weeks"),
        (fmt.human_duration, (MONTH + 2 * WEEK,), {}, "6 weeks"),
        (fmt.human_duration, (2 * MONTH,), {}, "2 months"),
        (fmt.human_duration, (5 * MONTH + 2 * WEEK,), {}, "5 months"),
        (fmt.human_duration, (23 * MONTH,), {}, "23 months"),
        (fmt.human_duration, (24 * MONTH,), {}, "24 months"),
        (fmt.human_duration, (24 * MONTH + 2 * WEEK,), {}, "2 years"),
        (fmt.human_duration, (3 * YEAR + 2 * MONTH,), {}, "3 years"),
        (fmt.since, (1000, 1130), {}, "2 minutes ago"),
        # go-units HumanSize / HumanSizeWithPrecision / BytesSize (size_test.go)
        (fmt.human_size, (1000,), {"precision": 4}, "1kB"),
        (fmt.human_size, (1024,), {"precision": 4}, "1.024kB"),
        (fmt.human_size, (1000000,), {"precision": 4}, "1MB"),
        (fmt.human_size, (1048576,), {"precision": 4}, "1.049MB"),
        (fmt.human_size, (3.42e9,), {"precision": 4}, "3.42GB"),
        (fmt.human_size, (5.372e12,), {"precision": 4}, "5.372TB"),
        (fmt.human_size, (1e28,), {"precision": 4}, "1e+04YB"),
        (fmt.human_size, (0,), {}, "0B"),
        (fmt.human_size, (999,), {}, "999B"),
        (fmt.human_size, (1_990_000,), {}, "1.99MB"),
        (fmt.human_size, (742_000,), {}, "742kB"),
        (fmt.human_size, (22_900_000,), {}, "22.9MB"),
        (fmt.human_size, (999_999,), {}, "1e+03kB"),
        (fmt.bytes_size, (1024,), {}, "1KiB"),
        (fmt.bytes_size, (1024 * 1024,), {}, "1MiB"),
        (fmt.bytes_size, (3.42 * 1024**3,), {}, "3.42GiB"),
        (fmt.bytes_size, (5.372 * 1024**4,), {}, "5.372TiB"),
        (fmt.bytes_size, (1024**5 * 1024**5,), {}, "1.049e+06YiB"),
        # IDs
        (fmt.truncate_id, ("sha256:" + "a" * 64,), {}, "a" * 12),
        (fmt.truncate_id, ("b" * 64,), {}, "b" * 12),
        (fmt.truncate_id, ("sha256:" + "a" * 64,), {"no_trunc": True}, "sha256:" + "a" * 64),
        (fmt.truncate_id, ("<missing>",), {}, "<missing>"),
        # Ellipsis (docker/cli displayutils_test.go)
        (fmt.ellipsis, ("t🐳ststring", 0), {}, ""),
        (fmt.ellipsis, ("t🐳ststring", 1), {}, "t"),
        (fmt.ellipsis, ("t🐳ststring", 2), {}, "t…"),
        (fmt.ellipsis, ("t🐳ststring", 6), {}, "t🐳st…"),
        (fmt.ellipsis, ("t🐳ststring", 20), {}, "t🐳ststring"),
        (fmt.ellipsis, ("你好", 1), {}, "你"),
        (fmt.ellipsis, ("你好", 2), {}, "你好"),
        (fmt.ellipsis, ("你好", 3), {}, "你…"),
        (fmt.ellipsis, ("你好", 4), {}, "你好"),
        (fmt.ellipsis, ("你好世界", 5), {}, "你好…"),
        # Go's strconv.Quote and the COMMAND column
        (fmt.go_quote, ('say "hi"',), {}, '"say \\"hi\\""'),
        (fmt.go_quote, ("tab\there\n",), {}, '"tab\\there\\n"'),
        (fmt.go_quote, ("\x7f\x00",), {}, '"\\x7f\\x00"'),
        (fmt.go_quote, ("é 你好 🐳",), {}, '"é 你好 🐳"'),
        (fmt.go_quote, ("\u200b\U000e0001",), {}, '"\\u200b\\U000e0001"'),
        (fmt.format_command, ("echo 你好世界你好世界你好世界",), {}, '"echo 你好世界你好世…"'),
        (fmt.format_command, ("sleep 1000",), {}, '"sleep 1000"'),
        (fmt.format_command, ("a" * 30,), {"no_trunc": True}, '"' + "a" * 30 + '"'),
        # NAMES and IMAGE of docker ps
        (fmt.format_names, (["/web"],), {}, "web"),
        (fmt.format_names, (["/other/link", "/web"],), {}, "web"),
        (fmt.format_names, (["/web", "/other/link"],), {"no_trunc": True}, "web,other/link"),
        (fmt.format_container_image, ("dockerlab/web", "sha256:" + "f" * 64), {}, "dockerlab/web"),
        (fmt.format_container_image, ("sha256:" + "f" * 64, "sha256:" + "f" * 64), {}, "f" * 12),
        (
            fmt.format_container_image,
            ("docker.io/library/busybox:1.36", "sha256:1"),
            {},
            "busybox:1.36",
        ),
        (fmt.format_container_image, ("", "sha256:1"), {}, "<no image>"),
        (
            fmt.familiar_name,
            ("127.0.0.1:5000/dockerlab/web:latest",),
            {},
            "127.0.0.1:5000/dockerlab/web:latest",
        ),
    ],
)
def test_format(func, args, kwargs, expected):
    assert func(*args, **kwargs) == expected


def _port(private, kind="tcp", ip=None, public=None):
    port = {"PrivatePort": private, "Type": kind}
    if ip:
        port.update(IP=ip, PublicPort=public)
    return port


@pytest.mark.parametrize(
    ("ports", "expected"),
    [
        ([], ""),
        (None, ""),
        ([_port(80)], "80/tcp"),
        ([_port(53, "udp"), _port(53)], "53/tcp, 53/udp"),
        ([_port(80, ip="127.0.0.1", public=8080)], "127.0.0.1:8080->80/tcp"),
        (
            [_port(p, ip="127.0.0.1", public=p) for p in (7002, 7000, 7001)],
            "127.0.0.1:7000-7002->7000-7002/tcp",
        ),
        ([_port(p) for p in (9090, 9091, 9093)], "9090-9091/tcp, 9093/tcp"),
        ([_port(80, ip="::", public=8080)], "[::]:8080->80/tcp"),
        (
            [
                _port(80, ip="127.0.0.1", public=8080),
                _port(81, ip="127.0.0.1", public=81),
                _port(82, "udp"),
            ],
            "127.0.0.1:81->81/tcp, 82/udp, 127.0.0.1:8080->80/tcp",
        ),
    ],
)
def test_ports(ports, expected):
    assert fmt.format_ports(ports) == expected


def test_tabwrite_matches_the_cli_alignment():
    text = fmt.tabwrite(
        ["ID", "COMMAND", "NAMES"],
        [["abc", '"echo 你好…"', "x"], ["defghijklmno", '"sleep 1"', "y"]],
    )
    assert text.splitlines() == [
        "ID             COMMAND        NAMES",
        'abc            "echo 你好…"   x',
        'defghijklmno   "sleep 1"      y',
    ]


def test_tabwrite_minimum_width_and_quiet():
    assert fmt.tabwrite(None, [["a"], ["b"]]) == "a\nb"
    assert fmt.tabwrite(["PID", "CMD"], [["1", "sh"]], minwidth=20) == (
        "PID                 CMD\n1                   sh"
    )
