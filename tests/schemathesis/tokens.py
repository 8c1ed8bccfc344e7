"""Signs in as the demo therapist and binds a phone to one of the demo's enrolled people,
through the real API, as a person would. Prints `NAME=value` lines: the therapist's and the
phone's access tokens, and the ids schemathesis puts in paths so that it reaches real
records: another enrolled person (whose record the therapist's run edits), their cohort and
one of their goals."""

import json
import sys
import urllib.request


def call(base, method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)


def main(base):
    login = call(base, "POST", "/api/v1/auth/login",
                 {"email": "therapist@hidamari.example", "password": "dekita-demo-2026"})
    therapist = login["access_token"]
    people = call(base, "GET", "/api/v1/participants", token=therapist)
    enrolled = [p for p in people if p["status"] == "enrolled"]
    person, other = enrolled[0]["id"], enrolled[1]
    code = call(base, "POST", f"/api/v1/participants/{person}/enrollment-codes", {}, therapist)
    phone = call(base, "POST", "/api/v1/enroll",
                 {"code": code["code"], "device_label": "schemathesis"})
    goals = call(base, "GET", f"/api/v1/participants/{other['id']}/goals", token=therapist)
    print(f"DEKITA_THERAPIST_TOKEN={therapist}")
    print(f"DEKITA_PARTICIPANT_TOKEN={phone['access_token']}")
    print(f"DEKITA_PARTICIPANT_ID={other['id']}")
    print(f"DEKITA_COHORT_ID={other['cohort']['id']}")
    print(f"DEKITA_GOAL_ID={goals[0]['id'] if goals else 'none'}")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"))
