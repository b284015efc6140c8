"""The HTML run report in a real browser: headless Chromium driven by Selenium (Debian's chromium,
chromium-driver and python3-selenium). Run by ctest as `report_browser` with JDPIPE_CLI (the
jdpipe binary) and JDPIPE_ARTIFACTS (where the screenshots go) set.

A report passes when Chromium logs no console error (a JS error, a refused resource, a
Content-Security-Policy violation) and the chosen role and every skill are visible. The checker
is itself tested on broken pages (a JS error, an injected script, hidden skills, a wrong role)
so that it cannot pass everything.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = os.environ.get("JDPIPE_CLI", str(ROOT / "build" / "jdpipe"))
ARTIFACTS = Path(os.environ.get("JDPIPE_ARTIFACTS", str(ROOT / "build" / "artifacts")))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

# A JD whose fields carry markup: entity-encoded (the parser decodes it into the company name and
# a responsibility) and raw (kept in the evidence sentences and the full text).
HOSTILE_JD = """Company: &lt;img src=x onerror=alert(1)&gt;

Job Title: Backend Developer

Responsibilities:
- Build and maintain REST APIs in Java and Kotlin &lt;script&gt;alert(1)&lt;/script&gt;
- Run &lt;img src=x onerror=alert(1)&gt; services on AWS with Docker
- Review code and mentor "junior" engineers & 'others'

Requirements:
- 3+ years of experience with Java, Node.js and SQL <b onmouseover=alert(1)>now</b>

Salary: 30 LPA
"""


def _require_tools():
    missing = [p for p in (CHROMIUM, CHROMEDRIVER, CLI) if not os.path.exists(p)]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("python3-selenium")
    if missing:
        pytest.fail("missing " + ", ".join(missing) + ": run tools/install-deps.sh and build jdpipe", pytrace=False)


@pytest.fixture(scope="module")
def driver():
    _require_tools()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    # As root on a CI machine Chromium needs --no-sandbox; /dev/shm is small in containers.
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--hide-scrollbars"):
        opts.add_argument(arg)
    profile = tempfile.mkdtemp(prefix="jdpipe-chromium-")
    opts.add_argument("--user-data-dir=" + profile)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    yield d
    d.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def workdir():
    d = Path(tempfile.mkdtemp(prefix="jdpipe-report-"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


def jdpipe(*args, check=True):
    r = subprocess.run([CLI, *map(str, args)], capture_output=True, text=True)
    if check and r.returncode != 0:
        raise AssertionError(f"jdpipe {' '.join(map(str, args))} exited {r.returncode}: {r.stderr}")
    return r


def make_report(workdir, jd_path, name, with_jd=True):
    """Runs the pipeline on a JD file and renders its report; returns (run dict, html path)."""
    run_path = workdir / f"{name}.json"
    run_path.write_text(jdpipe("run", jd_path).stdout)
    html_path = workdir / f"{name}.html"
    args = ["report", run_path, "-o", html_path] + (["--jd", jd_path] if with_jd else [])
    jdpipe(*args)
    return json.loads(run_path.read_text()), html_path


def console_errors(driver):
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def check_page(driver, html_path, role, skills, screenshot=None):
    """Loads the page and returns what is wrong with it (empty when it is right)."""
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(Path(html_path).resolve().as_uri())
    problems = []
    try:
        alert = driver.switch_to.alert
        problems.append(f"an alert opened: {alert.text!r}")
        alert.dismiss()
    except NoAlertPresentException:
        pass
    run = driver.find_elements(By.CSS_SELECTOR, "section.run")
    if not run:
        problems.append("no run section")
    else:
        roles = [e for e in run[0].find_elements(By.CSS_SELECTOR, ".chosen-role") if e.is_displayed()]
        if not roles or roles[0].text.strip() != role:
            problems.append(f"chosen role {role!r} not visible (saw {[e.text for e in roles]})")
        chips = {e.text.strip() for e in run[0].find_elements(By.CSS_SELECTOR, ".skill-list .skill-chip")
                 if e.is_displayed()}
        hidden = [s for s in skills if s not in chips]
        if hidden:
            problems.append(f"skills not visible: {hidden}")
    if screenshot:
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, max(800, min(int(height) + 40, 6000)))
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(screenshot))
        driver.set_window_size(1280, 1000)
        print(f"report screenshot: {screenshot}")
    problems += [f"console error: {e['message']}" for e in console_errors(driver)]
    return problems


def expected(run):
    d = run["api1"]["stage4_decision"]
    role = d["chosen_role"]["display_name"] if d["chosen_role"] else d["new_role_display_name"]
    return role, [s["skill_name"] for s in run["api1"]["final_skills"]]


def test_sample_report_renders_cleanly(driver, workdir):
    from selenium.webdriver.common.by import By

    run, html = make_report(workdir, ROOT / "examples" / "sample-jd.txt", "sample")
    role, skills = expected(run)
    assert skills, "the sample JD should have skills"
    assert check_page(driver, html, role, skills, screenshot=ARTIFACTS / "report.png") == []

    # The tabs are live: Signals shows the three signal tables and hides the overview.
    driver.find_element(By.CSS_SELECTOR, "section.run .tab[data-tab='signals']").click()
    assert driver.find_element(By.CSS_SELECTOR, ".signal-kra").is_displayed()
    assert not driver.find_element(By.CSS_SELECTOR, ".chosen-role").is_displayed()
    driver.find_element(By.CSS_SELECTOR, "section.run .tab[data-tab='persistence']").click()
    assert driver.find_element(By.CSS_SELECTOR, ".persistence-grid").is_displayed()
    driver.save_screenshot(str(ARTIFACTS / "report-persistence.png"))
    # A skill chip lights up its evidence in the JD text.
    driver.find_element(By.CSS_SELECTOR, "section.run .tab[data-tab='overview']").click()
    driver.find_element(By.CSS_SELECTOR, ".skill-chip[data-skill='0']").click()
    hot = driver.find_elements(By.CSS_SELECTOR, "mark.ev.hot")
    assert hot and all(m.get_attribute("data-skill") == "0" for m in hot)
    # The raw JSON blocks open and hold the run.
    driver.find_element(By.CSS_SELECTOR, "section.run .tab[data-tab='raw']").click()
    block = driver.find_element(By.CSS_SELECTOR, "details.raw-json[data-stage='api1']")
    block.find_element(By.TAG_NAME, "summary").click()
    assert run["run_id"] in block.find_element(By.TAG_NAME, "pre").text
    assert console_errors(driver) == []


def test_hostile_jd_renders_as_text(driver, workdir):
    from selenium.webdriver.common.by import By

    jd = workdir / "hostile.txt"
    jd.write_text(HOSTILE_JD)
    run, html = make_report(workdir, jd, "hostile")
    assert run["nano_parsed"]["company_name"] == "<img src=x onerror=alert(1)>"  # the JD reached the run
    role, skills = expected(run)
    assert check_page(driver, html, role, skills, screenshot=ARTIFACTS / "report-hostile.png") == []
    assert driver.find_elements(By.TAG_NAME, "img") == []
    assert driver.find_elements(By.CSS_SELECTOR, "b") == []
    assert len(driver.find_elements(By.TAG_NAME, "script")) == 1
    driver.find_element(By.CSS_SELECTOR, "section.run .tab[data-tab='parsed']").click()
    text = driver.find_element(By.TAG_NAME, "body").text
    assert "<img src=x onerror=alert(1)>" in text
    assert "<script>alert(1)</script>" in text
    # Without --jd the evidence sentences (holding the raw <b> tag) are shown instead.
    run_path = workdir / "hostile.json"
    jdpipe("report", run_path, "-o", workdir / "hostile-nojd.html")
    assert check_page(driver, workdir / "hostile-nojd.html", role, skills) == []
    assert driver.find_elements(By.CSS_SELECTOR, "b") == []
    assert "<b onmouseover=alert(1)>now</b>" in driver.find_element(By.TAG_NAME, "body").text


def test_corpus_reports_render_cleanly(driver, workdir):
    """The 50 hand-written JDs as one JSON Lines report: every run's section shows its role and
    skills (or its rejection), and nothing logs an error."""
    jds = sorted((ROOT / "tests" / "data" / "jds").glob("*.txt"))
    assert len(jds) >= 10
    runs_path = workdir / "corpus.jsonl"
    runs_path.write_text(jdpipe("run", "--jsonl-out", *jds, check=False).stdout)
    runs = [json.loads(line) for line in runs_path.read_text().splitlines() if line.strip()]
    assert len(runs) == len(jds)
    jdpipe("report", runs_path, "-o", workdir / "corpus.html")
    driver.get_log("browser")
    driver.get((workdir / "corpus.html").as_uri())
    # One round trip for all sections (element by element takes half a minute).
    shown = driver.execute_script("""
        const visible = (el) => !!el && el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
        return [...document.querySelectorAll('section.run')].map((s) => ({
          text: s.innerText,
          role: visible(s.querySelector('.chosen-role')) ? s.querySelector('.chosen-role').innerText : null,
          skills: [...s.querySelectorAll('.skill-list .skill-chip')].filter(visible).map((c) => c.innerText),
          rejection: visible(s.querySelector('.rejection-reason')),
        }));""")
    assert len(shown) == len(runs)
    norm = lambda t: " ".join(t.split())
    for run, section in zip(runs, shown):
        if "api1" not in run:  # an input the pipeline failed on
            assert "Failed input" in section["text"]
        elif run["api1"]["rejected"]:
            assert section["rejection"], run["input_id"]
        else:
            role, skills = expected(run)
            assert section["role"] is not None and norm(section["role"]) == norm(role), run["input_id"]
            assert [norm(c) for c in section["skills"]] == [norm(s) for s in skills], run["input_id"]
    assert console_errors(driver) == []


# The checker must be able to fail: each broken variant of a good page is caught.

@pytest.fixture(scope="module")
def good_page(workdir):
    _require_tools()
    run, html = make_report(workdir, ROOT / "examples" / "sample-jd.txt", "good")
    return run, html.read_text()


def broken(workdir, name, html):
    p = workdir / f"{name}.html"
    p.write_text(html)
    return p


def test_checker_catches_a_js_error(driver, workdir, good_page):
    run, html = good_page
    # Drop the CSP so the bad script runs and throws (with it, the CSP refusal is the error).
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    html = html.replace("</body>", "<script>undefinedFunction();</script></body>")
    problems = check_page(driver, broken(workdir, "js-error", html), *expected(run))
    assert any("undefinedFunction" in p for p in problems), problems


def test_checker_catches_a_script_refused_by_the_csp(driver, workdir, good_page):
    run, html = good_page
    html = html.replace("</body>", "<script>alert(1)</script></body>")
    problems = check_page(driver, broken(workdir, "csp", html), *expected(run))
    assert any("Content Security Policy" in p for p in problems), problems


def test_checker_catches_hidden_skills(driver, workdir, good_page):
    run, html = good_page
    html = html.replace(".skill-chip{", ".skill-chip{display:none;", 1)
    assert ".skill-chip{display:none;" in html
    problems = check_page(driver, broken(workdir, "hidden", html), *expected(run))
    assert any("skills not visible" in p for p in problems), problems


def test_checker_catches_a_wrong_role(driver, workdir, good_page):
    run, html = good_page
    role, skills = expected(run)
    problems = check_page(driver, broken(workdir, "role", html), "Astronaut", skills)
    assert any("chosen role 'Astronaut' not visible" in p for p in problems), problems
