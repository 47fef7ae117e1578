FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml .
RUN python -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml","rb"))["project"]["dependencies"]))' > requirements.txt \
    && pip install --no-cache-dir -r requirements.txt
COPY . .
RUN pybabel compile -d locale -D django
EXPOSE 8000
