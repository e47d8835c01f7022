"""The explorer of `chainkg serve` in a real browser (headless Chromium).

Run by tests/browser.rs against a server over the sample page's store:

    python3 tests/browser.py BASE_URL DOWNLOAD_DIR [SCREENSHOT_DIR]

Walks what an analyst does: search a company, open it, read a fact's
sentence, follow the link to its zone, see the zone's chain diagram (SVG)
and tables, run a query on the SPARQL tab, sort it, download CSV (with a
UTF-8 byte-order mark) and JSON, run a CONSTRUCT shown as triples. Fails on
any error in the browser console. With SCREENSHOT_DIR, saves
explorer-entity.png, explorer-zone.png, explorer-values.png and
explorer-sparql.png there.
"""

import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, DOWNLOADS = sys.argv[1], sys.argv[2]
SHOTS = sys.argv[3] if len(sys.argv) > 3 else None
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1400,1000",
        "--lang=zh-CN",
    ):
        opts.add_argument(arg)
    opts.add_experimental_option(
        "prefs",
        {
            "download.default_directory": DOWNLOADS,
            "download.prompt_for_download": False,
        },
    )
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(CHROMEDRIVER), options=opts)
    driver.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": DOWNLOADS}
    )
    return driver


def console_errors(driver):
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def shot(driver, name, height=None):
    """A screenshot of the whole page (or its first `height` pixels)."""
    if not SHOTS:
        return
    full = driver.execute_script(
        "return Math.ceil(document.querySelector('main').getBoundingClientRect().bottom + window.scrollY)"
    )
    driver.set_window_size(1400, min(full + 120, height or 2400))
    time.sleep(0.4)
    driver.save_screenshot(os.path.join(SHOTS, name))
    driver.set_window_size(1400, 1000)


def downloaded(name, timeout=30):
    path = os.path.join(DOWNLOADS, name)
    end = time.time() + timeout
    while time.time() < end:
        if os.path.exists(path) and not os.path.exists(path + ".crdownload"):
            with open(path, "rb") as f:
                data = f.read()
            if data:
                return data
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded into {DOWNLOADS}: {os.listdir(DOWNLOADS)}")


def main():
    driver = browser()
    # Generous: `cargo test` runs the other tests beside this one.
    wait = WebDriverWait(driver, 60)
    try:
        driver.get(BASE + "/")
        # The home page lists the zones.
        wait.until(lambda d: "古县经济技术开发区" in d.find_element(By.ID, "explore-view").text)

        # Search a company by a part of its name; the suggestion list shows it.
        box = driver.find_element(By.ID, "search")
        box.send_keys("盛隆")
        suggestion = wait.until(
            EC.element_to_be_clickable((By.XPATH, "//ul[@id='suggest']//a[contains(., '盛隆泰达')]"))
        )
        # Submitting the search opens the only match.
        box.send_keys(Keys.ENTER)
        wait.until(EC.text_to_be_present_in_element((By.ID, "entity-title"), "盛隆泰达"))
        assert suggestion is not None
        view = driver.find_element(By.ID, "explore-view")
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".prov .sentence mark"))
        text = view.text
        for expected in ("企业 Enterprise", "链主", "焦化产业链", "古县经济技术开发区", "rule"):
            assert expected in text, f"{expected!r} not on the entity page:\n{text}"
        marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, ".prov .sentence mark")]
        assert any("盛隆泰达" in m for m in marks), marks
        shot(driver, "explorer-entity.png")

        # Follow the link to its zone: the diagram and the tables.
        driver.find_element(By.XPATH, "//div[@class='obj']/a[. = '古县经济技术开发区']").click()
        wait.until(EC.text_to_be_present_in_element((By.ID, "entity-title"), "古县经济技术开发区"))
        svg = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#diagram svg")))
        assert "焦炭" in svg.text or "焦炭" in svg.get_attribute("innerHTML"), "the zone diagram has no 焦炭"
        node_links = driver.find_elements(By.CSS_SELECTOR, "#diagram svg a")
        assert len(node_links) > 5, f"diagram nodes are not links ({len(node_links)})"
        projects = driver.find_element(By.ID, "projects").text
        assert "宏源公司新增产能79万吨4号焦炉建设项目" in projects, projects
        assert "年产 79 万吨" in projects, projects
        enterprises = driver.find_element(By.ID, "enterprises").text
        assert "盛隆泰达" in enterprises and "焦化产业链" in enterprises, enterprises
        sentences = driver.find_elements(By.CSS_SELECTOR, ".prov .sentence")
        assert any("盛隆泰达" in s.text for s in sentences), "no sentence on the zone page"
        shot(driver, "explorer-zone.png", height=1800)

        # A node of the diagram leads to its entity page.
        target = driver.execute_script(
            "const a = [...document.querySelectorAll('#diagram svg a')]"
            ".find(a => a.textContent.includes('焦炭')); return a && a.getAttribute('xlink:href') || a.getAttribute('href');"
        )
        assert target and target.startswith("#/e/"), target
        driver.get(BASE + "/" + target)
        wait.until(EC.text_to_be_present_in_element((By.ID, "entity-title"), "焦炭"))

        # A project's values in the contract's units, shown as the page
        # words them, with the wording they were read from highlighted.
        box = driver.find_element(By.ID, "search")
        box.clear()
        box.send_keys("基础设施（站）", Keys.ENTER)
        wait.until(EC.text_to_be_present_in_element((By.ID, "entity-title"), "洞子头核心区基础设施（站）建设项目"))
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".prov .sentence mark"))
        text = driver.find_element(By.ID, "explore-view").text
        for expected in ("1.87 亿元", "3.53 万平方米", "2025-06", "80%", "洞子头核心区"):
            assert expected in text, f"{expected!r} not on the project page:\n{text}"
        marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, ".prov .sentence mark")]
        assert "总投资1.87亿元" in marks, marks
        shot(driver, "explorer-values.png", height=1100)

        # The SPARQL tab: prefixes declared, an example, sorting, downloads.
        driver.find_element(By.ID, "tab-sparql").click()
        editor = wait.until(EC.visibility_of_element_located((By.ID, "query")))
        query = editor.get_attribute("value")
        for prefix in ("ck:", "id:", "rdfs:", "skos:", "dcterms:", "xsd:", "prov:", "unit:"):
            assert f"PREFIX {prefix}" in query, f"PREFIX {prefix} missing:\n{query}"
        assert driver.find_elements(By.CSS_SELECTOR, "#highlight .t-kw"), "no highlighting"
        Select(driver.find_element(By.ID, "examples")).select_by_index(0)
        driver.find_element(By.ID, "run").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results tbody tr"))
        rows = driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")
        assert len(rows) >= 2, len(rows)
        # IRIs show as labels and link to entity pages.
        first_link = driver.find_element(By.CSS_SELECTOR, "#results tbody a")
        assert first_link.get_attribute("href").split("#", 1)[1].startswith("/e/")
        assert not first_link.text.startswith("http"), first_link.text
        shot(driver, "explorer-sparql.png", height=1400)
        # Sorting by the first column, twice: ascending then descending.
        header = driver.find_element(By.CSS_SELECTOR, "#results th")
        header.click()
        up = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "#results tbody tr td:first-child")]
        driver.find_element(By.CSS_SELECTOR, "#results th").click()
        down = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "#results tbody tr td:first-child")]
        assert up == list(reversed(down)) and up != down, (up, down)
        assert "desc" in driver.find_element(By.CSS_SELECTOR, "#results th").get_attribute("class")
        # Numbers sort as numbers, the empty cells last.
        driver.find_element(By.XPATH, "//table[@id='results']//th[. = '?investment']").click()
        cells = [c.text for c in driver.find_elements(By.CSS_SELECTOR, "#results tbody tr td:nth-child(4)")]
        filled = [c for c in cells if c]
        assert filled == ["187000000", "218000000", "274000000"], cells
        assert cells[: len(filled)] == filled, cells

        driver.find_element(By.ID, "download-csv").click()
        csv = downloaded("chainkg-results.csv")
        assert csv.startswith(b"\xef\xbb\xbf"), csv[:20]
        body = csv[3:].decode("utf-8")
        assert body.splitlines()[0].startswith("project"), body[:200]
        assert "https://w3id.org/chainkg/id/project/" in body, body[:400]
        driver.find_element(By.ID, "download-json").click()
        data = json.loads(downloaded("chainkg-results.json"))
        assert data["results"]["bindings"], data

        # Prefixed names complete from the vocabulary: ck:lead + Tab.
        driver.find_element(By.ID, "query").send_keys(Keys.CONTROL, Keys.END)
        driver.find_element(By.ID, "query").send_keys("\n# ck:lead")
        wait.until(lambda d: "ck:leadsChain" in d.find_element(By.ID, "complete").text)
        driver.find_element(By.ID, "query").send_keys(Keys.TAB)
        typed = driver.find_element(By.ID, "query").get_attribute("value")
        assert typed.endswith("# ck:leadsChain"), typed[-40:]
        # CONSTRUCT: a table of triples, not raw Turtle.
        Select(driver.find_element(By.ID, "examples")).select_by_visible_text(
            "Zones and their industries (CONSTRUCT)"
        )
        driver.find_element(By.ID, "run").click()
        wait.until(EC.text_to_be_present_in_element((By.ID, "status"), "triples"))
        heads = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#results th")]
        assert heads == ["subject", "predicate", "object"], heads
        cells = driver.find_element(By.ID, "results").text
        assert "ck:focusesOn" in cells and "古县经济技术开发区" in cells, cells[:500]

        errors = console_errors(driver)
        assert not errors, f"browser console errors: {errors}"

        # A query with a mistake gets the server's message on the page (the
        # browser logs the 400 itself, so this comes after the check above).
        driver.find_element(By.ID, "query").send_keys(Keys.CONTROL, "a")
        driver.find_element(By.ID, "query").send_keys("SELECT ?x WHERE { ?x ck:leadsChain ")
        driver.find_element(By.ID, "run").click()
        wait.until(lambda d: d.find_element(By.ID, "status").get_attribute("class") == "err")
        assert "400" in driver.find_element(By.ID, "status").text
    finally:
        driver.quit()
    print("browser: explorer ok")


if __name__ == "__main__":
    main()
